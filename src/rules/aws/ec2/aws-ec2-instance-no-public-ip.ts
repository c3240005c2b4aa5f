import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-no-public-ip',
    title: 'EC2 instance has no public IP address',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(1)(ii)(B)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::EC2::Instance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ec2-no-public-ip', 'ec2-enclave-host-no-public-ip'],
    rationale:
      'An instance with a public address is one security group mistake away from being reachable by anyone. ' +
      'Servers that process PHI (and the hosts of Nitro Enclaves doing confidential work) belong in private ' +
      'subnets, reached through load balancers, VPN or Session Manager, and going out through NAT or endpoints.',
    remediation: {
      text: 'Launch the instance in a private subnet without a public address (AssociatePublicIpAddress false); publish services through a load balancer and administer through Session Manager.',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id subnet-XXXX --no-map-public-ip-on-launch  # then relaunch the instance in it',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  subnet_id                   = aws_subnet.private.id\n  associate_public_ip_address = false\n}',
      cloudformation: 'NetworkInterfaces:\n  - DeviceIndex: "0"\n    SubnetId: !Ref PrivateSubnet\n    AssociatePublicIpAddress: false',
    },
  },
  evaluate(instance, ctx) {
    const { publicIp, subnetId } = instance.props;
    if (isUnknown(publicIp)) return unknownResult('publicIp', publicIp);
    if (publicIp === true) return fail('The instance has a public IP address.', ev('publicIp', true));
    if (publicIp === false) return pass('The instance has no public IP address.', ev('publicIp', false));
    // The declaration leaves it to the subnet.
    if (isUnknown(subnetId)) return unknownResult('subnetId', subnetId);
    if (subnetId === null) {
      return fail(
        "No subnet is named, so the instance launches in the default VPC's default subnet, which assigns public IP addresses.",
        ev('publicIp', null),
        ev('subnetId', null),
      );
    }
    const subnet = ctx.lookup('AWS::EC2::Subnet', subnetId, instance);
    if (!subnet) return notAssessed(`the public address is left to subnet ${subnetId}, which is not in the scan`, ev('subnetId', subnetId));
    const maps = subnet.props.mapPublicIpOnLaunch;
    if (isUnknown(maps)) return unknownResult('subnet.mapPublicIpOnLaunch', maps);
    const seen = [ev('publicIp', null), ev('subnet.mapPublicIpOnLaunch', maps)];
    if (maps) return fail(`Subnet ${subnet.name} assigns a public IP address to the instances launched in it.`, ...seen);
    return pass(`Subnet ${subnet.name} does not assign public IP addresses.`, ...seen);
  },
});
