import type { AcmCertificateProps, CloudFrontBehavior, CloudFrontDistributionProps } from '../../../../model/aws/edge-cdn.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asString, at, tagsOf } from '../values.js';
import { bool, listOf, optStr, str, stringsOf } from './edge-values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

function behavior(b: unknown, pathPattern: Known<string>, what: string): CloudFrontBehavior {
  return {
    pathPattern,
    viewerProtocolPolicy: asString(at(b, 'ViewerProtocolPolicy'), `${what}.ViewerProtocolPolicy`) ?? unknown(`${what}.ViewerProtocolPolicy is not declared`),
  };
}

function certificate(c: unknown): Pick<CloudFrontDistributionProps, 'usesDefaultCertificate' | 'minimumProtocolVersion' | 'certificate'> {
  if (c === undefined) return { usesDefaultCertificate: true, minimumProtocolVersion: 'TLSv1', certificate: null };
  if (isUnknown(c)) return { usesDefaultCertificate: c, minimumProtocolVersion: c, certificate: c };
  const acm = optStr(c, 'AcmCertificateArn');
  const iam = optStr(c, 'IamCertificateId');
  const dflt = asBoolean(at(c, 'CloudFrontDefaultCertificate'), 'CloudFrontDefaultCertificate') ?? false;
  const cert = acm ?? iam;
  if (isUnknown(dflt)) return { usesDefaultCertificate: dflt, minimumProtocolVersion: dflt, certificate: cert };
  // CloudFront applies TLSv1 to the cloudfront.net certificate whatever the template says.
  const usesDefault = dflt || cert === null;
  return { usesDefaultCertificate: usesDefault, minimumProtocolVersion: usesDefault ? 'TLSv1' : str(c, 'MinimumProtocolVersion', 'TLSv1'), certificate: usesDefault ? null : cert };
}

export function distribution(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::CloudFront::Distribution'> {
  const p = res.properties;
  const cfg = at(p, 'DistributionConfig');
  const ordered = listOf(at(cfg, 'CacheBehaviors'), 'CacheBehaviors', (b, i) =>
    behavior(b, asString(at(b, 'PathPattern'), `CacheBehaviors[${i}].PathPattern`) ?? unknown(`CacheBehaviors[${i}].PathPattern is not declared`), `CacheBehaviors[${i}]`),
  );
  const behaviors: Known<CloudFrontBehavior[]> = isUnknown(ordered) ? ordered : [behavior(at(cfg, 'DefaultCacheBehavior'), '*', 'DefaultCacheBehavior'), ...ordered];
  const aliases = stringsOf(at(cfg, 'Aliases'), 'Aliases');
  const logging = at(cfg, 'Logging');
  return iacResource(res, ctx, {
    type: 'AWS::CloudFront::Distribution',
    name: res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      enabled: bool(cfg, 'Enabled', true),
      aliases: isUnknown(aliases) ? aliases : aliases.filter((a): a is string => typeof a === 'string'),
      behaviors,
      ...certificate(at(cfg, 'ViewerCertificate')),
      // A Logging block is standard logging on; it has no switch of its own.
      logging: logging === undefined ? null : isUnknown(logging) ? logging : { bucket: str(logging, 'Bucket', ''), prefix: optStr(logging, 'Prefix') },
      webAclId: optStr(cfg, 'WebACLId'),
    },
  });
}

/** What a template can say of a certificate it requests: its kind, not its dates or use. */
export function certificateRequest(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::CertificateManager::Certificate'> {
  const p = res.properties;
  const domain = asString(at(p, 'DomainName'), 'DomainName') ?? unknown('DomainName is not declared');
  const id = namedIdentity(res, ctx, undefined);
  const ca = optStr(p, 'CertificateAuthorityArn');
  const pending = unknown('known only once ACM has issued the certificate');
  const props: AcmCertificateProps = {
    domainName: domain,
    type: isUnknown(ca) ? ca : ca ? 'PRIVATE' : 'AMAZON_ISSUED',
    status: pending,
    notAfter: pending,
    inUse: pending,
    renewalEligibility: pending,
  };
  return iacResource(res, ctx, {
    type: 'AWS::CertificateManager::Certificate',
    name: typeof domain === 'string' ? domain : res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props,
  });
}
