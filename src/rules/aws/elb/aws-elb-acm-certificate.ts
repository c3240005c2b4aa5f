import { nonAcm } from '../../../analysis/edge-certs.js';
import { isUnknown, type Known } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elb-acm-certificate',
    title: 'Classic Load Balancer HTTPS/SSL listeners serve ACM certificates',
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['clb-acm-certificate'],
    rationale:
      'ACM certificates renew themselves and keep their private key inside AWS. IAM server certificates are uploaded ' +
      'key material that expires silently unless someone renews it; an expired certificate on a PHI endpoint breaks ' +
      'clients or teaches users to accept certificate warnings.',
    remediation: {
      text: 'Move the certificate to ACM and set it on the listener.',
      cli: 'aws elb set-load-balancer-listener-ssl-certificate --load-balancer-name NAME --load-balancer-port 443 --ssl-certificate-id ACM_CERT_ARN',
      terraform: 'listener {\n  # ...\n  ssl_certificate_id = aws_acm_certificate.this.arn\n}',
      cloudformation: 'Listeners:\n  - # ...\n    SSLCertificateId: !Ref AcmCertificate',
    },
  },
  evaluate(lb, ctx) {
    const listeners = lb.props.listeners;
    if (isUnknown(listeners)) return unknownResult('listeners', listeners);
    const secure = listeners.filter((l) => l.protocol === 'HTTPS' || l.protocol === 'SSL');
    if (secure.length === 0) return null;
    const certs: Known<string>[] = [];
    for (const l of secure) {
      if (isUnknown(l.certificateId)) return unknownResult('listeners.certificateId', l.certificateId);
      if (l.certificateId !== null) certs.push(l.certificateId);
    }
    const evidence = ev('certificates', certs);
    const others = nonAcm(certs, lb, ctx);
    if (isUnknown(others)) return unknownResult('certificates', others);
    return others.length === 0
      ? pass('Every HTTPS/SSL listener serves an ACM certificate.', evidence)
      : fail(`IAM server certificate(s) instead of ACM: ${others.join(', ')}.`, evidence);
  },
});
