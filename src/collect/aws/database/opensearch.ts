import { DescribeDomainsCommand, type DomainStatus, ListDomainNamesCommand, ListTagsCommand } from '@aws-sdk/client-opensearch';
import type { OpenSearchDomainProps } from '../../../model/aws/database-stores.js';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';

/**
 * OpenSearch Service domains, Elasticsearch ones included. ListDomainNames is not paginated;
 * DescribeDomains takes five names a call and returns every setting; tags are one call each.
 */
export const opensearchCollector: ServiceCollector = {
  service: 'es',
  types: ['AWS::OpenSearchService::Domain'],
  permissions: {
    'es:ListDomainNames': 'es:ListDomainNames',
    'es:DescribeDomains': 'es:DescribeDomains',
    'es:ListTags': 'es:ListTags',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const BATCH = 5;

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const names = await ctx.call('es', region, new ListDomainNamesCommand({}));
  ctx.listed('AWS::OpenSearchService::Domain', 'es', region, names.ok ? undefined : names.failure);
  if (!names.ok) return;
  const all = (names.value.DomainNames ?? []).flatMap((d) => (d.DomainName ? [d.DomainName] : []));
  const batches: string[][] = [];
  for (let i = 0; i < all.length; i += BATCH) batches.push(all.slice(i, i + BATCH));
  await ctx.forEach(batches, async (DomainNames) => {
    const described = await ctx.call('es', region, new DescribeDomainsCommand({ DomainNames }));
    if (!described.ok) {
      // The names are known, their settings not: the domains exist, unjudgeable.
      ctx.listed('AWS::OpenSearchService::Domain', 'es', region, described.failure);
      return;
    }
    await ctx.forEach(described.value.DomainStatusList ?? [], (d) => addDomain(ctx, region, d, [names.call, described.call]));
  });
}

function props(d: DomainStatus): OpenSearchDomainProps {
  const ep = d.DomainEndpointOptions;
  return {
    domainName: d.DomainName ?? unknown('es:DescribeDomains returned no DomainName'),
    engineVersion: d.EngineVersion ?? unknown('es:DescribeDomains returned no EngineVersion'),
    enforceHttps: ep?.EnforceHTTPS ?? false,
    tlsSecurityPolicy: ep?.TLSSecurityPolicy ?? unknown('es:DescribeDomains returned no TLSSecurityPolicy'),
    encryptionAtRest: d.EncryptionAtRestOptions?.Enabled ?? false,
    kmsKeyId: d.EncryptionAtRestOptions?.Enabled ? (d.EncryptionAtRestOptions.KmsKeyId ?? null) : null,
    nodeToNodeEncryption: d.NodeToNodeEncryptionOptions?.Enabled ?? false,
    inVpc: !!d.VPCOptions?.VPCId || (d.VPCOptions?.SubnetIds?.length ?? 0) > 0,
    logPublishing: Object.entries(d.LogPublishingOptions ?? {}).map(([logType, o]) => ({
      logType,
      enabled: o.Enabled ?? false,
      logGroupArn: o.CloudWatchLogsLogGroupArn ?? null,
    })),
  };
}

async function addDomain(ctx: AwsContext, region: string, d: DomainStatus, calls: string[]): Promise<void> {
  const name = d.DomainName;
  if (!name || d.Deleted) return;
  const arn = d.ARN ?? `arn:${ctx.partition}:es:${region}:${ctx.account}:domain/${name}`;
  const tags = await ctx.call('es', region, new ListTagsCommand({ ARN: arn }));
  ctx.add({
    provider: 'aws',
    type: 'AWS::OpenSearchService::Domain',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: known(tags, (o) => tagRecord(o.TagList, (t) => t.Key, (t) => t.Value)),
    props: props(d),
    origin: { kind: 'live', calls: [...calls, tags.call] },
    refs: [arn, name, ...(d.DomainId ? [d.DomainId] : [])],
  });
}
