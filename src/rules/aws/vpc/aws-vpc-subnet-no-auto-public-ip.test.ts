import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-subnet-no-auto-public-ip.js';

ruleTester(rule, {
  pass: [{ name: 'a private subnet', resource: resource('AWS::EC2::Subnet', {}) }],
  fail: [
    { name: 'a default subnet', resource: resource('AWS::EC2::Subnet', { mapPublicIpOnLaunch: true, isDefault: true }), message: /public IP/ },
    { name: 'a template public subnet', resource: resource('AWS::EC2::Subnet', { mapPublicIpOnLaunch: true }, { origin: iacOrigin('PublicSubnet') }) },
  ],
  not_assessed: [{ name: 'from an unresolved parameter', resource: resource('AWS::EC2::Subnet', { mapPublicIpOnLaunch: unknown('parameter Public has no value') }) }],
});
