import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elb-https-listeners-only',
    title: 'Classic Load Balancer listens only over HTTPS or SSL',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['clb-https-ssl-listeners-only'],
    rationale:
      'An HTTP or TCP listener on a Classic Load Balancer accepts clients in clear text: whatever they send, PHI and ' +
      'credentials included, crosses the network readable and alterable. Classic Load Balancers cannot redirect HTTP ' +
      'to HTTPS themselves, so the plain listener has to go.',
    remediation: {
      text: 'Replace HTTP and TCP listeners with HTTPS or SSL ones (or migrate to an Application Load Balancer, which can redirect HTTP to HTTPS).',
      cli: 'aws elb delete-load-balancer-listeners --load-balancer-name NAME --load-balancer-ports 80',
      terraform: 'listener {\n  lb_port            = 443\n  lb_protocol        = "https"\n  instance_port      = 443\n  instance_protocol  = "https"\n  ssl_certificate_id = aws_acm_certificate.this.arn\n}',
      cloudformation: 'Listeners:\n  - LoadBalancerPort: "443"\n    Protocol: HTTPS\n    InstancePort: "443"\n    InstanceProtocol: HTTPS\n    SSLCertificateId: !Ref Certificate',
    },
  },
  evaluate(lb) {
    const listeners = lb.props.listeners;
    if (isUnknown(listeners)) return unknownResult('listeners', listeners);
    const evidence = ev('listeners', listeners.map((l) => ({ protocol: l.protocol, port: l.port })));
    const plain: string[] = [];
    for (const l of listeners) {
      if (isUnknown(l.protocol)) return unknownResult('listeners.protocol', l.protocol);
      if (l.protocol !== 'HTTPS' && l.protocol !== 'SSL') plain.push(`${l.protocol}:${isUnknown(l.port) ? '?' : l.port}`);
    }
    if (plain.length > 0) return fail(`Plain-text listener(s): ${plain.join(', ')}.`, evidence);
    return pass(`All ${listeners.length} listener(s) use HTTPS or SSL.`, evidence);
  },
});
