import { judgeFlag } from '../../../analysis/database-rds.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-not-public',
    title: 'Redshift cluster is not publicly accessible',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::Redshift::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['redshift-not-public'],
    rationale:
      'A publicly accessible warehouse gets a public IP address for its endpoint, leaving claims and encounter ' +
      'history one security group rule away from the internet. Analysts and BI tools can reach it privately ' +
      'through the VPC, a VPN or a Redshift-managed VPC endpoint.',
    remediation: {
      text: 'Turn public accessibility off and connect through the VPC.',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --no-publicly-accessible',
      terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  publicly_accessible = false\n}',
      cloudformation: 'PubliclyAccessible: false',
    },
  },
  evaluate(cluster) {
    const open = cluster.props.publiclyAccessible;
    if (isUnknown(open)) return unknownResult('publiclyAccessible', open);
    return judgeFlag('publiclyAccessible', !open, 'The cluster is reachable only from inside its VPC.', 'The cluster is publicly accessible: its endpoint has a public IP address.');
  },
});
