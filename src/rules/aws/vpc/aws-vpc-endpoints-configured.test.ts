import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-endpoints-configured.js';

ruleTester(rule, {
  pass: [
    { name: 'a VPC with S3 and DynamoDB endpoints', resource: resource('AWS::EC2::VPC', {}), message: /2 endpoint/ },
    { name: 'an endpoint whose service name is built at deploy time', resource: resource('AWS::EC2::VPC', { endpoints: [{ serviceName: unknown('AWS::Region is not known'), endpointType: 'Interface' }] }) },
  ],
  fail: [
    { name: 'a VPC without endpoints', resource: resource('AWS::EC2::VPC', { endpoints: [] }), message: /no VPC endpoints/ },
    { name: 'a template VPC without endpoints', resource: resource('AWS::EC2::VPC', { endpoints: [] }, { origin: iacOrigin('Vpc') }) },
  ],
  not_assessed: [{ name: 'endpoints could not be listed', resource: resource('AWS::EC2::VPC', { endpoints: unknown('AccessDenied on ec2:DescribeVpcEndpoints') }) }],
});
