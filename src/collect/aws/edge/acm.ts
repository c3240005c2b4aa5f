import { type CertificateSummary, ListCertificatesCommand, ListTagsForCertificateCommand } from '@aws-sdk/client-acm';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';
import { dedupe } from './shared.js';

/**
 * ACM certificates. ListCertificates returns only RSA-2048 certificates unless asked for
 * every key type; its summaries carry type, status, expiry and use, so no per-certificate
 * describe is needed.
 */
const permissions = {
  'acm:ListCertificates': 'acm:ListCertificates',
  'acm:ListTagsForCertificate': 'acm:ListTagsForCertificate',
};

const CERT = 'AWS::CertificateManager::Certificate';
const KEY_TYPES = ['RSA_1024', 'RSA_2048', 'RSA_3072', 'RSA_4096', 'EC_prime256v1', 'EC_secp384r1', 'EC_secp521r1'] as const;

export const acmCollector: ServiceCollector = {
  service: 'acm',
  types: [CERT],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'acm',
    region,
    (NextToken) => new ListCertificatesCommand({ Includes: { keyTypes: [...KEY_TYPES] }, MaxItems: 1000, NextToken }),
    (o) => o.CertificateSummaryList,
    (o) => o.NextToken,
  );
  ctx.listed(CERT, 'acm', region, listing.failure);
  await ctx.forEach(listing.items, (c) => collectCertificate(ctx, region, c, listing.calls));
}

async function collectCertificate(ctx: AwsContext, region: string, c: CertificateSummary, listCalls: string[]): Promise<void> {
  const arn = c.CertificateArn;
  if (!arn) return;
  const tags = await ctx.call('acm', region, new ListTagsForCertificateCommand({ CertificateArn: arn }));
  if (!tags.ok && tags.failure.code === 'ResourceNotFoundException') return;
  const name = c.DomainName ?? arn;
  ctx.add({
    provider: 'aws',
    type: CERT,
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: known(tags, (o) => tagRecord(o.Tags, (t) => t.Key, (t) => t.Value)),
    props: {
      domainName: name,
      type: c.Type ?? unknown('acm:ListCertificates returned no Type'),
      status: c.Status ?? unknown('acm:ListCertificates returned no Status'),
      notAfter: c.NotAfter ? c.NotAfter.toISOString() : null,
      inUse: c.InUse ?? unknown('acm:ListCertificates returned no InUse'),
      renewalEligibility: c.RenewalEligibility ?? null,
    },
    origin: { kind: 'live', calls: dedupe([...listCalls, tags.call]) },
    refs: [arn],
  });
}
