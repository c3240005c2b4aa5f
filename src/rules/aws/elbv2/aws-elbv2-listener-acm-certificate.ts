import { nonAcm } from '../../../analysis/edge-certs.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elbv2-listener-acm-certificate',
    title: 'HTTPS or TLS listener serves only ACM certificates',
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['elbv2-acm-certificate'],
    rationale:
      'Certificates issued by ACM renew themselves and their private keys never leave AWS. An uploaded IAM server ' +
      'certificate has a private key that has been handled by people and files, and renews only when someone ' +
      'remembers; when it lapses, clients either fail or are trained to click through warnings on a PHI site.',
    remediation: {
      text: 'Request or import the certificate in ACM and replace the IAM server certificate on the listener with it.',
      cli: 'aws elbv2 modify-listener --listener-arn LISTENER_ARN --certificates CertificateArn=ACM_CERT_ARN',
      terraform: 'resource "aws_lb_listener" "https" {\n  # ...\n  certificate_arn = aws_acm_certificate.this.arn\n}',
      cloudformation: 'Certificates:\n  - CertificateArn: !Ref AcmCertificate',
    },
  },
  evaluate(listener, ctx) {
    const { protocol, certificates } = listener.props;
    if (isUnknown(protocol)) return unknownResult('protocol', protocol);
    if (protocol !== 'HTTPS' && protocol !== 'TLS') return null;
    if (isUnknown(certificates)) return unknownResult('certificates', certificates);
    const evidence = ev('certificates', certificates);
    if (certificates.length === 0) return fail('The listener names no certificate.', evidence);
    const others = nonAcm(certificates, listener, ctx);
    if (isUnknown(others)) return unknownResult('certificates', others);
    return others.length === 0
      ? pass(`All ${certificates.length} certificate(s) come from ACM.`, evidence)
      : fail(`IAM server certificate(s) instead of ACM: ${others.join(', ')}.`, evidence);
  },
});
