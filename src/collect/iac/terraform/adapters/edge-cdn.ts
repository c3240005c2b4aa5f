import type { AcmCertificateProps, CloudFrontBehavior, CloudFrontDistributionProps } from '../../../../model/aws/edge-cdn.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, bool, literalName, optStr, str, strings } from './attrs.js';
import { resourceOf } from './common.js';
import { allUnknown, eachBlock } from './edge-common.js';

export const CDN_TF_TYPES = ['aws_cloudfront_distribution', 'aws_acm_certificate'];

const DIST_KEYS = ['enabled', 'aliases', 'behaviors', 'usesDefaultCertificate', 'minimumProtocolVersion', 'certificate', 'logging', 'webAclId'] as const;

function distributionProps(a: Attrs): CloudFrontDistributionProps {
  const dflt = block(a.default_cache_behavior, 'default_cache_behavior');
  const first: CloudFrontBehavior = {
    pathPattern: '*',
    viewerProtocolPolicy: dflt === undefined ? unknown('default_cache_behavior is not set') : isUnknown(dflt) ? dflt : str(dflt.viewer_protocol_policy, '', 'viewer_protocol_policy'),
  };
  const ordered = eachBlock(a.ordered_cache_behavior, 'ordered_cache_behavior', (b, i) => ({
    pathPattern: str(b.path_pattern, '', `ordered_cache_behavior[${i}].path_pattern`),
    viewerProtocolPolicy: str(b.viewer_protocol_policy, '', `ordered_cache_behavior[${i}].viewer_protocol_policy`),
  }));
  const cert = block(a.viewer_certificate, 'viewer_certificate');
  let certProps: Pick<CloudFrontDistributionProps, 'usesDefaultCertificate' | 'minimumProtocolVersion' | 'certificate'>;
  if (cert === undefined) certProps = { usesDefaultCertificate: unknown('viewer_certificate is not set'), minimumProtocolVersion: unknown('viewer_certificate is not set'), certificate: null };
  else if (isUnknown(cert)) certProps = { usesDefaultCertificate: cert, minimumProtocolVersion: cert, certificate: cert };
  else {
    const usesDefault = bool(cert.cloudfront_default_certificate, false, 'cloudfront_default_certificate');
    const arn = optStr(cert.acm_certificate_arn, 'acm_certificate_arn');
    const iam = optStr(cert.iam_certificate_id, 'iam_certificate_id');
    const d = usesDefault === true || (arn === null && iam === null);
    certProps = isUnknown(usesDefault)
      ? { usesDefaultCertificate: usesDefault, minimumProtocolVersion: usesDefault, certificate: arn ?? iam }
      : { usesDefaultCertificate: d, minimumProtocolVersion: d ? 'TLSv1' : str(cert.minimum_protocol_version, 'TLSv1', 'minimum_protocol_version'), certificate: d ? null : (arn ?? iam) };
  }
  const logging = block(a.logging_config, 'logging_config');
  const aliases = strings(a.aliases, 'aliases') ?? [];
  return {
    enabled: bool(a.enabled, true, 'enabled'),
    aliases: isUnknown(aliases) ? aliases : aliases.filter((x): x is string => typeof x === 'string'),
    behaviors: isUnknown(ordered) ? ordered : [first, ...ordered],
    ...certProps,
    logging: logging === undefined ? null : isUnknown(logging) ? logging : { bucket: str(logging.bucket, '', 'logging_config.bucket'), prefix: optStr(logging.prefix, 'logging_config.prefix') },
    webAclId: optStr(a.web_acl_id, 'web_acl_id'),
  };
}

function certificateProps(a: Attrs): AcmCertificateProps {
  const pending = unknown('known only once ACM has issued the certificate');
  const imported = a.certificate_body !== undefined && a.certificate_body !== null;
  const ca = optStr(a.certificate_authority_arn, 'certificate_authority_arn');
  return {
    domainName: str(a.domain_name, '', 'domain_name'),
    type: imported ? 'IMPORTED' : isUnknown(ca) ? ca : ca ? 'PRIVATE' : 'AMAZON_ISSUED',
    status: pending,
    notAfter: pending,
    inUse: pending,
    renewalEligibility: pending,
  };
}

export function buildCdn(of: (t: string) => Declared[]): AnyResource[] {
  const dists = of('aws_cloudfront_distribution').map((d) =>
    resourceOf(d, 'AWS::CloudFront::Distribution', d.unknownReason ? allUnknown<CloudFrontDistributionProps>(d.unknownReason, DIST_KEYS) : distributionProps(d.attrs)),
  );
  const certs = of('aws_acm_certificate').map((d) => {
    const props = d.unknownReason
      ? allUnknown<AcmCertificateProps>(d.unknownReason, ['domainName', 'type', 'status', 'notAfter', 'inUse', 'renewalEligibility'])
      : certificateProps(d.attrs);
    return resourceOf(d, 'AWS::CertificateManager::Certificate', props, { name: literalName(d.attrs.domain_name) });
  });
  return [...dists, ...certs];
}
