import { judgeFlag } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-enhanced-vpc-routing',
    title: 'Redshift cluster routes COPY and UNLOAD traffic through its VPC',
    severity: 'medium',
    hipaa: ['164.312(e)(1)'],
    resourceTypes: ['AWS::Redshift::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['redshift-enhanced-vpc-routing'],
    rationale:
      'Without enhanced VPC routing, COPY and UNLOAD move bulk ePHI between the cluster and S3 over the public ' +
      'AWS network, outside the VPC endpoints, endpoint policies and flow logs that govern the rest of the traffic.',
    remediation: {
      text: 'Turn on enhanced VPC routing and give the cluster\'s subnets an S3 gateway endpoint (or NAT) to reach S3.',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --enhanced-vpc-routing',
      terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  enhanced_vpc_routing = true\n}',
      cloudformation: 'EnhancedVpcRouting: true',
    },
  },
  evaluate(cluster) {
    return judgeFlag('enhancedVpcRouting', cluster.props.enhancedVpcRouting, 'COPY and UNLOAD traffic stays inside the VPC.', 'COPY and UNLOAD traffic bypasses the VPC.');
  },
});
