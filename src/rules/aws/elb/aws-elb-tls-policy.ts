import { clbMinTls, tlsAtLeast, tlsLabel } from '../../../analysis/edge-tls.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elb-tls-policy',
    title: 'Classic Load Balancer HTTPS/SSL listeners use a predefined policy without TLS below 1.2',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['clb-predefined-tls-policy', 'gap-aws-tls12-everywhere'],
    rationale:
      'A Classic Load Balancer listener created without a policy gets ELBSecurityPolicy-2016-08, which accepts TLS 1.0 ' +
      'and 1.1; custom policies drift from what AWS maintains. Only ELBSecurityPolicy-TLS-1-2-2017-01 keeps PHI off ' +
      'deprecated protocol versions while AWS keeps its cipher list current.',
    remediation: {
      text: 'Create an SSL negotiation policy that references ELBSecurityPolicy-TLS-1-2-2017-01 and set it on every HTTPS/SSL listener.',
      cli:
        'aws elb create-load-balancer-policy --load-balancer-name NAME --policy-name tls12 --policy-type-name SSLNegotiationPolicyType --policy-attributes AttributeName=Reference-Security-Policy,AttributeValue=ELBSecurityPolicy-TLS-1-2-2017-01\n' +
        'aws elb set-load-balancer-policies-of-listener --load-balancer-name NAME --load-balancer-port 443 --policy-names tls12',
      terraform:
        'resource "aws_load_balancer_policy" "tls12" {\n  load_balancer_name = aws_elb.this.name\n  policy_name        = "tls12"\n  policy_type_name   = "SSLNegotiationPolicyType"\n  policy_attribute {\n    name  = "Reference-Security-Policy"\n    value = "ELBSecurityPolicy-TLS-1-2-2017-01"\n  }\n}\n\nresource "aws_load_balancer_listener_policy" "https" {\n  load_balancer_name = aws_elb.this.name\n  load_balancer_port = 443\n  policy_names       = [aws_load_balancer_policy.tls12.policy_name]\n}',
      cloudformation:
        'Policies:\n  - PolicyName: tls12\n    PolicyType: SSLNegotiationPolicyType\n    Attributes:\n      - Name: Reference-Security-Policy\n        Value: ELBSecurityPolicy-TLS-1-2-2017-01\nListeners:\n  - LoadBalancerPort: "443"\n    Protocol: HTTPS\n    PolicyNames: [tls12]\n    # ...',
    },
  },
  evaluate(lb) {
    const listeners = lb.props.listeners;
    if (isUnknown(listeners)) return unknownResult('listeners', listeners);
    const secure = listeners.filter((l) => l.sslPolicy !== null);
    if (secure.length === 0) return null;
    const evidence = ev('listeners', secure.map((l) => ({ port: l.port, sslPolicy: l.sslPolicy })));
    const problems: string[] = [];
    for (const l of secure) {
      const p = l.sslPolicy;
      if (isUnknown(p)) return unknownResult('listeners.sslPolicy', p);
      if (p === null) continue;
      const port = isUnknown(l.port) ? '?' : l.port;
      if (isUnknown(p.reference)) return unknownResult('listeners.sslPolicy.reference', p.reference);
      if (isUnknown(p.protocols)) return unknownResult('listeners.sslPolicy.protocols', p.protocols);
      const lowest = clbMinTls(p.protocols);
      if (!lowest) return notAssessed(`the policy of port ${port} enables no protocol phiguard recognises`, evidence);
      if (!tlsAtLeast(lowest, '1.2')) problems.push(`port ${port} accepts ${tlsLabel(lowest)}`);
      else if (p.reference === null) problems.push(`port ${port} uses custom policy ${isUnknown(p.name) ? '' : p.name}`.trim());
    }
    if (problems.length > 0) return fail(`${problems.join('; ')}.`, evidence);
    return pass('Every HTTPS/SSL listener uses a predefined TLS 1.2+ policy.', evidence);
  },
});
