import { z } from 'zod';
import { CLOUDFRONT_POLICIES, cloudFrontPolicyAtLeast } from '../../../analysis/edge-tls.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudfront-tls-policy',
    title: 'CloudFront distribution requires TLS 1.2 or later from viewers',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::CloudFront::Distribution'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-tls12-everywhere'],
    rationale:
      'The viewer security policy decides which TLS versions and ciphers reach the edge. Policies before TLSv1.2_2019 ' +
      'accept TLS 1.0/1.1 or ciphers AWS has since dropped; the *.cloudfront.net certificate always runs TLSv1, ' +
      'whatever is configured. A distribution serving PHI needs its own domain and certificate with TLSv1.2_2019 or later.',
    remediation: {
      text: 'Serve the distribution on your own domain with an ACM certificate (in us-east-1) and set the minimum protocol version to TLSv1.2_2021.',
      cli: 'aws cloudfront get-distribution-config --id DIST_ID  # set ViewerCertificate.MinimumProtocolVersion to TLSv1.2_2021 with an ACM certificate\naws cloudfront update-distribution --id DIST_ID --if-match ETAG --distribution-config file://dist-config.json',
      terraform: 'viewer_certificate {\n  acm_certificate_arn      = aws_acm_certificate.cdn.arn\n  ssl_support_method       = "sni-only"\n  minimum_protocol_version = "TLSv1.2_2021"\n}',
      cloudformation: 'ViewerCertificate:\n  AcmCertificateArn: !Ref CdnCertificate\n  SslSupportMethod: sni-only\n  MinimumProtocolVersion: TLSv1.2_2021',
    },
  },
  options: z.object({ minimumPolicy: z.enum(CLOUDFRONT_POLICIES as [string, ...string[]]).default('TLSv1.2_2019') }),
  evaluate(dist, ctx) {
    const { usesDefaultCertificate, minimumProtocolVersion } = dist.props;
    if (isUnknown(usesDefaultCertificate)) return unknownResult('usesDefaultCertificate', usesDefaultCertificate);
    const min = ctx.options.minimumPolicy;
    if (usesDefaultCertificate) {
      return fail('Viewers use the *.cloudfront.net certificate, whose security policy is always TLSv1 (TLS 1.0 and later).', ev('usesDefaultCertificate', true));
    }
    if (isUnknown(minimumProtocolVersion)) return unknownResult('minimumProtocolVersion', minimumProtocolVersion);
    const evidence = [ev('minimumProtocolVersion', minimumProtocolVersion), ev('options.minimumPolicy', min)];
    const ok = cloudFrontPolicyAtLeast(minimumProtocolVersion, min);
    if (ok === undefined) return notAssessed(`${minimumProtocolVersion} is not a security policy phiguard knows`, ...evidence);
    return ok
      ? pass(`The viewer security policy is ${minimumProtocolVersion}.`, ...evidence)
      : fail(`The viewer security policy ${minimumProtocolVersion} is older than ${min}.`, ...evidence);
  },
});
