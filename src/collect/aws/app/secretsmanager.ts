import { ListSecretsCommand, type SecretListEntry } from '@aws-sdk/client-secrets-manager';
import { rotationIntervalDays } from '../../../model/aws/app-secrets.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';

/**
 * Secrets Manager secrets. ListSecrets returns every setting and date the rules read
 * (key, rotation, last changed / rotated / accessed) and the tags, so one paginated call
 * per region is the whole collection; secret values are never read.
 */
const permissions = { 'secretsmanager:ListSecrets': 'secretsmanager:ListSecrets' };

export const secretsManagerCollector: ServiceCollector = {
  service: 'secretsmanager',
  types: ['AWS::SecretsManager::Secret'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const iso = (d: Date | undefined): string | null => (d ? d.toISOString() : null);

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const observedAt = new Date().toISOString();
  const listing = await ctx.list(
    'secretsmanager',
    region,
    (NextToken) => new ListSecretsCommand({ MaxResults: 100, NextToken }),
    (out) => out.SecretList,
    (out) => out.NextToken,
  );
  ctx.listed('AWS::SecretsManager::Secret', 'secretsmanager', region, listing.failure);
  for (const secret of listing.items) add(ctx, region, secret, listing.calls, observedAt);
}

function add(ctx: AwsContext, region: string, s: SecretListEntry, calls: string[], observedAt: string): void {
  const name = s.Name;
  if (!name || !s.ARN) return;
  const rules = s.RotationRules;
  const rotationEnabled = s.RotationEnabled ?? false;
  ctx.add({
    provider: 'aws',
    type: 'AWS::SecretsManager::Secret',
    id: s.ARN,
    name,
    account: ctx.account,
    region,
    tags: tagRecord(s.Tags, (t) => t.Key, (t) => t.Value),
    props: {
      secretName: name,
      // Omitted when the secret uses the AWS managed key aws/secretsmanager.
      kmsKeyId: s.KmsKeyId ?? null,
      rotationEnabled,
      rotationIntervalDays: rotationEnabled ? rotationIntervalDays(rules?.AutomaticallyAfterDays ?? null, rules?.ScheduleExpression ?? null) : null,
      createdDate: iso(s.CreatedDate),
      lastChangedDate: iso(s.LastChangedDate),
      lastRotatedDate: iso(s.LastRotatedDate),
      lastAccessedDate: iso(s.LastAccessedDate),
      nextRotationDate: iso(s.NextRotationDate),
      observedAt,
    },
    origin: { kind: 'live', calls: [...calls] },
    refs: [s.ARN, name],
  });
}
