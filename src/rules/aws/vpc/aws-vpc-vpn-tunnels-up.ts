import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-vpn-tunnels-up',
    title: 'Site-to-Site VPN connection has both tunnels up',
    severity: 'low',
    hipaa: ['164.308(a)(7)(i)', '164.308(a)(7)(ii)(B)'],
    resourceTypes: ['AWS::EC2::VPNConnection'],
    sources: ['live'],
    covers: ['vpc-vpn-tunnels-up'],
    rationale:
      'Each Site-to-Site VPN connection has two tunnels so that AWS maintenance or a failure on one side does not cut ' +
      'off clinics, labs or partners exchanging PHI over it. With one tunnel down the connection keeps working but ' +
      'has lost its redundancy, and the next maintenance window takes it offline.',
    remediation: {
      text: 'Configure both tunnels on the customer gateway device and check their status (IKE, routing) until both report UP.',
      cli: 'aws ec2 describe-vpn-connections --vpn-connection-ids vpn-XXXX --query "VpnConnections[0].VgwTelemetry"',
    },
  },
  evaluate(vpn) {
    const { state, tunnels } = vpn.props;
    if (isUnknown(state)) return unknownResult('state', state);
    if (state !== 'available') return null;
    if (isUnknown(tunnels)) return unknownResult('tunnels', tunnels);
    const shown = tunnels.map((t) => `${t.outsideIp}: ${t.status}`);
    const up = tunnels.filter((t) => t.status === 'UP').length;
    if (tunnels.length >= 2 && up === tunnels.length) return pass(`All ${up} tunnels are up.`, ev('tunnels', shown));
    return fail(`${up} of ${tunnels.length} tunnel(s) are up.`, ev('tunnels', shown));
  },
});
