import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

const DAY = 86_400_000;

export default defineRule({
  meta: {
    id: 'aws-acm-certificate-not-expiring',
    title: 'ACM certificate is not expired and not about to expire',
    severity: 'high',
    hipaa: ['164.312(e)(1)'],
    resourceTypes: ['AWS::CertificateManager::Certificate'],
    // Expiry exists only once ACM has issued the certificate.
    sources: ['live'],
    covers: ['acm-certificate-not-expiring'],
    rationale:
      'When the certificate of a PHI endpoint expires, clients either stop working or users are taught to click ' +
      'through warnings, which is what a man-in-the-middle needs. ACM renews its own certificates about 60 days ' +
      'ahead, so one inside the window has a renewal that is failing (DNS validation record removed, imported ' +
      'certificate nobody re-imports) and needs a person now.',
    remediation: {
      text: 'For an ACM-issued certificate fix its validation (restore the DNS CNAME) so managed renewal succeeds; re-import an imported certificate before it expires; delete certificates nothing uses.',
      cli: 'aws acm describe-certificate --certificate-arn CERT_ARN --query Certificate.RenewalSummary\naws acm import-certificate --certificate-arn CERT_ARN --certificate fileb://cert.pem --private-key fileb://key.pem --certificate-chain fileb://chain.pem',
    },
  },
  options: z.object({ days: z.number().int().positive().default(30) }),
  evaluate(cert, ctx) {
    const { status, notAfter, inUse } = cert.props;
    if (isUnknown(status)) return unknownResult('status', status);
    // Certificates never issued (pending, failed, timed out) have no expiry to watch.
    if (status !== 'ISSUED' && status !== 'EXPIRED') return null;
    if (isUnknown(notAfter)) return unknownResult('notAfter', notAfter);
    const days = ctx.options.days;
    const evidence = [ev('notAfter', notAfter), ev('inUse', inUse), ev('options.days', days)];
    if (notAfter === null) return notAssessed('ACM reports no expiry date for an issued certificate', ...evidence);
    const left = Math.floor((Date.parse(notAfter) - Date.now()) / DAY);
    const use = inUse === true ? ' and is in use' : '';
    if (left < 0) return fail(`The certificate expired ${-left} day(s) ago (${notAfter})${use}.`, ...evidence);
    if (left < days) return fail(`The certificate expires in ${left} day(s) (${notAfter})${use}, inside the ${days}-day window.`, ...evidence);
    return pass(`The certificate is valid for ${left} more days.`, ...evidence);
  },
});
