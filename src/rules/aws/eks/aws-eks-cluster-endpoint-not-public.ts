import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-eks-cluster-endpoint-not-public',
    title: 'EKS cluster API endpoint is not open to the whole internet',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['AWS::EKS::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    rationale:
      'The Kubernetes API controls every workload and secret in the cluster. Reachable from 0.0.0.0/0, it is ' +
      'one leaked kubeconfig or API-server vulnerability away from an outsider; a private endpoint (or a public ' +
      'one limited to known networks) keeps it off the open internet.',
    remediation: {
      text: 'Turn on the private endpoint and turn off the public one, or limit public access to the networks administrators use.',
      cli: 'aws eks update-cluster-config --name CLUSTER --resources-vpc-config endpointPrivateAccess=true,endpointPublicAccess=false',
      terraform: 'vpc_config {\n  subnet_ids              = var.private_subnet_ids\n  endpoint_private_access = true\n  endpoint_public_access  = false\n}',
      cloudformation: 'ResourcesVpcConfig:\n  SubnetIds: !Ref PrivateSubnetIds\n  EndpointPrivateAccess: true\n  EndpointPublicAccess: false',
    },
  },
  evaluate(cluster) {
    const { endpointPublicAccess: open, publicAccessCidrs: cidrs } = cluster.props;
    if (isUnknown(open)) return unknownResult('endpointPublicAccess', open);
    if (!open) return pass('The API endpoint is private.', ev('endpointPublicAccess', false));
    if (isUnknown(cidrs)) return unknownResult('publicAccessCidrs', cidrs);
    const evidence = [ev('endpointPublicAccess', true), ev('publicAccessCidrs', cidrs)];
    if (cidrs.length === 0 || cidrs.some((c) => c === '0.0.0.0/0' || c === '::/0')) return fail('The API endpoint is public and open to every network.', ...evidence);
    const unsure = cidrs.find(isUnknown);
    if (unsure) return unknownResult('publicAccessCidrs', unsure);
    return pass(`The public API endpoint is limited to ${cidrs.length} network(s).`, ...evidence);
  },
});
