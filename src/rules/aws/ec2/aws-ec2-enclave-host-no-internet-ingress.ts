import { z } from 'zod';
import { describeRule, fromWorld, matching, reachesBeyond, reachesPort } from '../../../analysis/ec2-exposure.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-enclave-host-no-internet-ingress',
    title: 'Nitro Enclaves host admits internet traffic only to authorised ports, never to its vsock proxy',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(a)(1)'],
    resourceTypes: ['AWS::EC2::Instance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ec2-enclave-host-no-unrestricted-ingress', 'ec2-enclave-host-vsock-proxy-not-exposed'],
    rationale:
      'An enclave host exists to process the most sensitive data (decrypting PHI, holding keys) in isolation. The ' +
      'parent instance relays the enclave\'s traffic through vsock-proxy, which listens on TCP (8000 by default); ' +
      'exposed to the internet, it turns the host into an open relay towards KMS and whatever else the proxy allows, ' +
      'and any other open port widens the attack surface of the one machine that must be smallest.',
    remediation: {
      text: 'Remove internet ingress (0.0.0.0/0, ::/0) from the security groups of enclave hosts except the authorised service ports (options.authorizedPorts, default 443); keep vsock-proxy bound to localhost and closed to the network.',
      cli: 'aws ec2 revoke-security-group-ingress --group-id sg-XXXX --protocol tcp --port 8000 --cidr 0.0.0.0/0',
      terraform: 'resource "aws_vpc_security_group_ingress_rule" "https" {\n  security_group_id = aws_security_group.enclave_host.id\n  ip_protocol       = "tcp"\n  from_port         = 443\n  to_port           = 443\n  cidr_ipv4         = "10.0.0.0/16"\n}',
      cloudformation: 'SecurityGroupIngress:\n  - IpProtocol: tcp\n    FromPort: 443\n    ToPort: 443\n    CidrIp: 10.0.0.0/16',
    },
  },
  options: z.object({
    authorizedPorts: z.array(z.number().int().min(0).max(65535)).default([443]),
    vsockProxyPorts: z.array(z.number().int().min(0).max(65535)).default([8000]),
  }),
  evaluate(instance, ctx) {
    const { enclave, securityGroups } = instance.props;
    if (isUnknown(enclave)) return unknownResult('enclave', enclave);
    if (!enclave) return null;
    if (isUnknown(securityGroups)) return unknownResult('securityGroups', securityGroups);
    const { authorizedPorts, vsockProxyPorts } = ctx.options;
    const open: string[] = [];
    let vsock = false;
    for (const ref of securityGroups) {
      if (isUnknown(ref)) return unknownResult('securityGroups', ref);
      const group = ctx.lookup('AWS::EC2::SecurityGroup', ref, instance);
      if (!group) return notAssessed(`security group ${ref} is not in the scan`, ev('securityGroups', securityGroups));
      const hits = matching(group.props.ingress, fromWorld, (r) => reachesBeyond(r, authorizedPorts));
      if (hits.unknown && hits.hits.length === 0) return unknownResult(`securityGroup(${group.name}).ingress`, hits.unknown);
      for (const r of hits.hits) {
        open.push(`${group.name}: ${describeRule(r)}`);
        if (vsockProxyPorts.some((p) => reachesPort(r, p) === true)) vsock = true;
      }
    }
    const seen = ev('options.authorizedPorts', authorizedPorts);
    if (open.length > 0) {
      const what = vsock ? 'including the vsock-proxy port, ' : '';
      return fail(`The enclave host is reachable from the internet, ${what}beyond the authorised ports: ${open.join('; ')}.`, ev('ingress', open), seen);
    }
    return pass('The enclave host admits internet traffic only to authorised ports, if at all.', ev('securityGroups', securityGroups), seen);
  },
});
