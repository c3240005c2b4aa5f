import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-subnet-no-auto-public-ip',
    title: 'Subnet does not assign public IP addresses on launch',
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::EC2::Subnet'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['vpc-subnet-no-auto-public-ip'],
    rationale:
      'A subnet that maps public addresses on launch makes every instance started in it internet-addressable by ' +
      'default, including ones whose launcher never thought about exposure. Public addresses should be a deliberate ' +
      'choice per instance or load balancer, not a subnet default.',
    remediation: {
      text: 'Turn off MapPublicIpOnLaunch; give the few instances that need a public address one explicitly (or put them behind a load balancer).',
      cli: 'aws ec2 modify-subnet-attribute --subnet-id subnet-XXXX --no-map-public-ip-on-launch',
      terraform: 'resource "aws_subnet" "app" {\n  # ...\n  map_public_ip_on_launch = false\n}',
      cloudformation: 'MapPublicIpOnLaunch: false',
    },
  },
  evaluate(subnet) {
    const maps = subnet.props.mapPublicIpOnLaunch;
    if (isUnknown(maps)) return unknownResult('mapPublicIpOnLaunch', maps);
    const seen = ev('mapPublicIpOnLaunch', maps);
    if (maps) return fail('Instances launched in this subnet get a public IP address by default.', seen);
    return pass('The subnet does not assign public IP addresses on launch.', seen);
  },
});
