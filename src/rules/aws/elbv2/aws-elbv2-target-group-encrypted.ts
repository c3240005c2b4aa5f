import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

const PLAIN = new Set(['HTTP', 'TCP', 'UDP', 'TCP_UDP']);

export default defineRule({
  meta: {
    id: 'aws-elbv2-target-group-encrypted',
    title: 'Target group of a PHI service talks to its targets over HTTPS or TLS',
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ElasticLoadBalancingV2::TargetGroup'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-alb-https-targets'],
    rationale:
      'Terminating TLS at the load balancer and forwarding plain HTTP leaves PHI in clear text on the network behind ' +
      'it, readable by anything that can capture VPC traffic (a compromised instance, traffic mirroring, a ' +
      "misrouted peering). Re-encrypting to the targets keeps the whole path encrypted, as HIPAA's transmission " +
      'security standard asks for PHI in transit.',
    remediation: {
      text: 'Serve TLS on the targets and create the target group with protocol HTTPS (ALB) or TLS (NLB); the load balancer accepts self-signed target certificates.',
      cli: 'aws elbv2 create-target-group --name NAME --protocol HTTPS --port 8443 --vpc-id VPC_ID --target-type ip',
      terraform: 'resource "aws_lb_target_group" "this" {\n  # ...\n  protocol = "HTTPS"\n  port     = 8443\n}',
      cloudformation: 'Protocol: HTTPS\nPort: 8443',
    },
  },
  evaluate(tg, ctx) {
    // The gap is about PHI services: other target groups are not judged.
    if (!ctx.isPhi(tg)) return null;
    const protocol = tg.props.protocol;
    if (isUnknown(protocol)) return unknownResult('protocol', protocol);
    // Lambda targets are invoked through AWS, and GENEVE carries a Gateway Load Balancer's packets untouched.
    if (protocol === null || protocol === 'GENEVE') return null;
    const evidence = ev('protocol', protocol);
    if (PLAIN.has(protocol)) return fail(`Targets are reached over ${protocol}, unencrypted.`, evidence);
    return pass(`Targets are reached over ${protocol}.`, evidence);
  },
});
