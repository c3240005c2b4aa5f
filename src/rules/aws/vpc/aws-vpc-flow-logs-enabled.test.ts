import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-flow-logs-enabled.js';

ruleTester(rule, {
  pass: [
    { name: 'a VPC with a flow log to CloudWatch Logs', resource: resource('AWS::EC2::VPC', {}), message: /ALL to cloud-watch-logs/ },
    {
      name: 'a template VPC with a rejected-traffic flow log to S3',
      resource: resource('AWS::EC2::VPC', { flowLogs: [{ destinationType: 's3', destination: 'arn:aws:s3:::logs', trafficType: 'REJECT' }] }, { origin: iacOrigin('Vpc') }),
    },
  ],
  fail: [{ name: 'a VPC without a flow log', resource: resource('AWS::EC2::VPC', { flowLogs: [] }), message: /No flow log/ }],
  not_assessed: [
    { name: 'flow logs could not be listed', resource: resource('AWS::EC2::VPC', { flowLogs: unknown('AccessDenied on ec2:DescribeFlowLogs') }) },
    { name: 'a flow log that may not exist', resource: resource('AWS::EC2::VPC', { flowLogs: [unknown('condition EnableLogs cannot be decided')] }) },
  ],
});
