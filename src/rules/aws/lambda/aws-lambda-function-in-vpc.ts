import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-in-vpc',
    title: 'Lambda function runs in a VPC',
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::Lambda::Function'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['lambda-in-vpc'],
    rationale:
      'A function outside a VPC reaches data stores over public endpoints and can send anything anywhere on the ' +
      'internet. Attached to private subnets, its traffic to PHI stores stays on VPC endpoints and its egress is ' +
      'governed by security groups, network ACLs and flow logs like the rest of the workload.',
    remediation: {
      text: 'Attach the function to private subnets and a security group; give it VPC endpoints (or a NAT gateway) for the AWS services it calls.',
      cli: 'aws lambda update-function-configuration --function-name FUNCTION --vpc-config SubnetIds=subnet-aaa,subnet-bbb,SecurityGroupIds=sg-ccc',
      terraform: 'resource "aws_lambda_function" "this" {\n  # ...\n  vpc_config {\n    subnet_ids         = var.private_subnet_ids\n    security_group_ids = [aws_security_group.fn.id]\n  }\n}',
      cloudformation: 'VpcConfig:\n  SubnetIds: !Ref PrivateSubnetIds\n  SecurityGroupIds: [!Ref FunctionSecurityGroup]',
    },
  },
  evaluate(fn) {
    const vpc = fn.props.vpcConfig;
    if (isUnknown(vpc)) return unknownResult('vpcConfig', vpc);
    if (vpc === null) return fail('The function runs outside any VPC.', ev('vpcConfig', null));
    return pass(`The function runs in ${vpc.subnetIds.length} VPC subnet(s).`, ev('vpcConfig.subnetIds', vpc.subnetIds));
  },
});
