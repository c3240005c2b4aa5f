import type { Ec2VpcProps } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-phi-gateway-endpoints.js';

const PHI = { phi: 'true' };
const VPC = 'vpc-0a1b2c3d4e5f60001';
const gw = (svc: string) => ({ serviceName: `com.amazonaws.us-east-1.${svc}`, endpointType: 'Gateway' });
const vpc = (endpoints: Ec2VpcProps['endpoints'], tags: Record<string, string> = PHI) =>
  resource('AWS::EC2::VPC', { endpoints }, { tags, refs: [VPC] });
const listed = [{ provider: 'aws' as const, account: ACCOUNT, type: 'AWS::EC2::Instance' as const, complete: true, reasons: [] }];

ruleTester(rule, {
  pass: [
    { name: 'a PHI VPC with both gateway endpoints', resource: vpc([gw('s3'), gw('dynamodb')]) },
    {
      name: 'an untagged template VPC whose PHI instance runs in one of its subnets',
      resource: resource('AWS::EC2::VPC', { endpoints: [{ serviceName: 'com.amazonaws.ref:region.s3', endpointType: 'Gateway' }, gw('dynamodb')] }, { origin: iacOrigin('Vpc'), refs: ['ref:t#Vpc'] }),
      others: [
        resource('AWS::EC2::Subnet', { vpcId: 'ref:t#Vpc' }, { origin: iacOrigin('Private'), refs: ['ref:t#Private'] }),
        resource('AWS::EC2::Instance', { subnetId: 'ref:t#Private', vpcId: null }, { origin: iacOrigin('App'), tags: PHI }),
      ],
    },
  ],
  fail: [
    { name: 'a PHI VPC with only an S3 interface endpoint', resource: vpc([{ ...gw('s3'), endpointType: 'Interface' }]), message: /s3 or dynamodb/ },
    { name: 'an untagged VPC running a PHI instance, without DynamoDB', resource: vpc([gw('s3')], {}), others: [resource('AWS::EC2::Instance', { vpcId: VPC }, { tags: PHI })], coverage: listed, message: /for dynamodb/ },
  ],
  not_assessed: [{ name: 'endpoints could not be listed', resource: vpc(unknown('AccessDenied on ec2:DescribeVpcEndpoints')) }],
  not_applicable: [{ name: 'a VPC without PHI workloads', resource: vpc([], {}) }],
});
