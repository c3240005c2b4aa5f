import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-in-vpc.js';

const vpc = (isDefault: boolean) => resource('AWS::EC2::VPC', { isDefault }, { refs: ['vpc-0a1b2c3d4e5f60001'] });

ruleTester(rule, {
  pass: [
    { name: 'a live instance in a team VPC', resource: resource('AWS::EC2::Instance', {}), others: [vpc(false)], message: /subnet/ },
    { name: 'a template instance naming a subnet', resource: resource('AWS::EC2::Instance', { subnetId: 'ref:t#Private', vpcId: null }, { origin: iacOrigin('App') }) },
  ],
  fail: [
    { name: 'a live EC2-Classic instance', resource: resource('AWS::EC2::Instance', { subnetId: null, vpcId: null }), message: /EC2-Classic/ },
    { name: 'a live instance in the default VPC', resource: resource('AWS::EC2::Instance', {}), others: [vpc(true)], message: /default VPC/ },
    { name: 'a template instance without a subnet', resource: resource('AWS::EC2::Instance', { subnetId: null, vpcId: null }, { origin: iacOrigin('App') }), message: /default VPC/ },
  ],
  not_assessed: [{ name: 'a subnet from an unresolved parameter', resource: resource('AWS::EC2::Instance', { subnetId: unknown('parameter Subnet has no value') }) }],
});
