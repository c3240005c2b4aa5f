import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-no-public-ip.js';

const TOKEN = 'ref:tpl.yaml#AppSubnet';
const iac = (publicIp: boolean | null, subnetId: string | null) =>
  resource('AWS::EC2::Instance', { publicIp, subnetId }, { origin: iacOrigin('App') });
const subnet = (mapPublicIpOnLaunch: boolean) =>
  resource('AWS::EC2::Subnet', { mapPublicIpOnLaunch }, { origin: iacOrigin('AppSubnet'), refs: [TOKEN] });

ruleTester(rule, {
  pass: [
    { name: 'a live instance without a public address', resource: resource('AWS::EC2::Instance', { publicIp: false }) },
    { name: 'a template instance in a private subnet', resource: iac(null, TOKEN), others: [subnet(false)], message: /does not assign/ },
    { name: 'a template instance turning the public address off', resource: iac(false, TOKEN) },
  ],
  fail: [
    { name: 'a live instance with a public address', resource: resource('AWS::EC2::Instance', { publicIp: true }) },
    { name: 'a template instance in a subnet that maps public addresses', resource: iac(null, TOKEN), others: [subnet(true)], message: /assigns a public IP/ },
    { name: 'a template instance in the default subnet', resource: iac(null, null), message: /default VPC/ },
  ],
  not_assessed: [
    { name: 'a subnet outside the scanned files', resource: iac(null, 'subnet-0123'), message: /not in the scan/ },
    { name: 'a public address from an unresolved parameter', resource: resource('AWS::EC2::Instance', { publicIp: unknown('parameter Public has no value') }) },
  ],
});
