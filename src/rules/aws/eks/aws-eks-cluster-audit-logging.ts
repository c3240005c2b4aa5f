import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

const REQUIRED = ['api', 'audit', 'authenticator'] as const;

export default defineRule({
  meta: {
    id: 'aws-eks-cluster-audit-logging',
    title: 'EKS cluster sends its API, audit and authenticator logs to CloudWatch',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::EKS::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    rationale:
      'The Kubernetes audit log is the only record of who read a secret, exec\'d into a pod holding PHI or ' +
      'changed a role binding; the authenticator log ties those actions to IAM identities. EKS keeps neither ' +
      'unless control-plane logging sends them to CloudWatch Logs.',
    remediation: {
      text: 'Enable the api, audit and authenticator control-plane log types.',
      cli: 'aws eks update-cluster-config --name CLUSTER --logging \'{"clusterLogging":[{"types":["api","audit","authenticator"],"enabled":true}]}\'',
      terraform: 'resource "aws_eks_cluster" "this" {\n  # ...\n  enabled_cluster_log_types = ["api", "audit", "authenticator"]\n}',
      cloudformation: 'Logging:\n  ClusterLogging:\n    EnabledTypes:\n      - Type: api\n      - Type: audit\n      - Type: authenticator',
    },
  },
  evaluate(cluster) {
    const types = cluster.props.enabledLogTypes;
    if (isUnknown(types)) return unknownResult('enabledLogTypes', types);
    const missing = REQUIRED.filter((t) => !types.includes(t));
    if (missing.length > 0) return fail(`Control-plane log types not enabled: ${missing.join(', ')}.`, ev('enabledLogTypes', types));
    return pass('The api, audit and authenticator logs go to CloudWatch Logs.', ev('enabledLogTypes', types));
  },
});
