import { judgeFlag } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-in-vpc',
    title: 'OpenSearch domain is reachable only inside a VPC',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['opensearch-in-vpc'],
    rationale:
      'A domain with a public endpoint is reachable from the whole internet, guarded only by its access policy; a ' +
      'single overly broad statement exposes every indexed record. In a VPC, security groups and private routing ' +
      'add network isolation in front of the ePHI.',
    remediation: {
      text: 'The network mode is fixed at creation: create the domain with VPC options (private subnets and a security group), reindex or restore a snapshot into it, and delete the public domain.',
      cli: 'aws opensearch create-domain --domain-name DOMAIN --vpc-options SubnetIds=subnet-1,subnet-2,SecurityGroupIds=sg-1 --engine-version OpenSearch_2.13',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  vpc_options {\n    subnet_ids         = var.private_subnet_ids\n    security_group_ids = [aws_security_group.search.id]\n  }\n}',
      cloudformation: 'VPCOptions:\n  SubnetIds: !Ref PrivateSubnetIds\n  SecurityGroupIds: [!Ref SearchSecurityGroup]',
    },
  },
  evaluate(domain) {
    return judgeFlag('inVpc', domain.props.inVpc, 'The domain has VPC endpoints only.', 'The domain has a public endpoint reachable from the internet.');
  },
});
