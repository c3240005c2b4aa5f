import {
  type BackupVaultListMember,
  GetBackupVaultAccessPolicyCommand,
  ListBackupVaultsCommand,
  ListProtectedResourcesCommand,
  ListRecoveryPointsByBackupVaultCommand,
  ListTagsCommand,
  type RecoveryPointByBackupVault,
} from '@aws-sdk/client-backup';
import { normalizePolicy } from '../../../model/aws/policy.js';
import type { BackupRecoveryPointsProps } from '../../../model/aws/ops.js';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, known } from '../context.js';

/** Backup vaults of one region, each with its recovery points summarised. */
export async function collectVaults(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'backup',
    region,
    (NextToken) => new ListBackupVaultsCommand({ MaxResults: 100, NextToken }),
    (o) => o.BackupVaultList,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::Backup::BackupVault', 'backup', region, listing.failure);
  ctx.listed('AWS::Backup::RecoveryPoints', 'backup', region, listing.failure);
  await ctx.forEach(listing.items, (vault) => collectVault(ctx, region, vault, listing.calls));
}

async function collectVault(ctx: AwsContext, region: string, vault: BackupVaultListMember, listCalls: string[]): Promise<void> {
  const name = vault.BackupVaultName;
  if (!name) return;
  const arn = vault.BackupVaultArn ?? `arn:${ctx.partition}:backup:${region}:${ctx.account}:backup-vault:${name}`;
  const [policy, tags, points] = await Promise.all([
    ctx.call('backup', region, new GetBackupVaultAccessPolicyCommand({ BackupVaultName: name })),
    ctx.call('backup', region, new ListTagsCommand({ ResourceArn: arn })),
    summarise(ctx, region, name),
  ]);
  const common = { provider: 'aws', account: ctx.account, region } as const;
  ctx.add({
    ...common,
    type: 'AWS::Backup::BackupVault',
    id: arn,
    name,
    tags: known(tags, (o) => ({ ...o.Tags })),
    props: {
      vaultName: name,
      // Every vault is encrypted; the listing names the key, AWS managed or not.
      encryptionKeyArn: vault.EncryptionKeyType === 'AWS_OWNED_KMS_KEY' ? null : (vault.EncryptionKeyArn ?? null),
      // No policy is answered with ResourceNotFoundException.
      accessPolicy: known(policy, (o) => normalizePolicy(o.Policy), { ResourceNotFoundException: null }),
      // Governance mode has no lock date; compliance mode becomes immutable at it.
      lock: vault.Locked
        ? { minRetentionDays: vault.MinRetentionDays ?? null, maxRetentionDays: vault.MaxRetentionDays ?? null, mode: vault.LockDate ? 'compliance' : 'governance' }
        : null,
    },
    origin: { kind: 'live', calls: [...listCalls, policy.call, tags.call] },
    refs: [arn, name],
  });
  ctx.add({
    ...common,
    type: 'AWS::Backup::RecoveryPoints',
    id: `${arn}/recovery-points`,
    name: `${name} recovery points`,
    tags: {},
    props: points.props,
    origin: { kind: 'live', calls: [...listCalls, ...points.calls] },
  });
}

const DAY = 86_400_000;

function retentionDays(p: RecoveryPointByBackupVault): number | null {
  const del = p.CalculatedLifecycle?.DeleteAt;
  if (del && p.CreationDate) return Math.round((del.getTime() - p.CreationDate.getTime()) / DAY);
  return p.Lifecycle?.DeleteAfterDays ?? null;
}

/**
 * Pages through the vault's recovery points keeping counts only, so a vault of a hundred
 * thousand points costs a few numbers of memory, not the points.
 */
async function summarise(ctx: AwsContext, region: string, BackupVaultName: string): Promise<{ props: BackupRecoveryPointsProps; calls: string[] }> {
  let total = 0;
  let unencrypted = 0;
  const retention = new Map<number | null, number>();
  let NextToken: string | undefined;
  let call = '';
  const seen = new Set<string>();
  do {
    const page = await ctx.call('backup', region, new ListRecoveryPointsByBackupVaultCommand({ BackupVaultName, MaxResults: 1000, NextToken }));
    call = page.call;
    if (!page.ok) {
      const why = unknown(page.failure.reason);
      return { props: { vaultName: BackupVaultName, total: why, unencrypted: why, retention: why }, calls: [call] };
    }
    for (const p of page.value.RecoveryPoints ?? []) {
      // Expired and deleting points are on their way out: they protect nothing.
      if (p.Status === 'EXPIRED' || p.Status === 'DELETING') continue;
      total++;
      if (p.IsEncrypted === false) unencrypted++;
      const days = retentionDays(p);
      retention.set(days, (retention.get(days) ?? 0) + 1);
    }
    NextToken = page.value.NextToken || undefined;
    if (NextToken && seen.has(NextToken)) break;
    if (NextToken) seen.add(NextToken);
  } while (NextToken);
  const list = [...retention].map(([days, count]) => ({ days, count })).sort((a, b) => (a.days ?? Infinity) - (b.days ?? Infinity));
  return { props: { vaultName: BackupVaultName, total, unencrypted, retention: list }, calls: [call] };
}

/** The resources AWS Backup holds recovery points of, one resource per region. */
export async function collectProtected(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'backup',
    region,
    (NextToken) => new ListProtectedResourcesCommand({ MaxResults: 1000, NextToken }),
    (o) => o.Results,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::Backup::ProtectedResources', 'backup', region, listing.failure);
  const id = `arn:${ctx.partition}:backup:${region}:${ctx.account}:protected-resources`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::Backup::ProtectedResources',
    id,
    name: `protected resources (${region})`,
    account: ctx.account,
    region,
    tags: {},
    props: {
      resourceArns: listing.failure
        ? unknown(listing.failure.reason)
        : listing.items.flatMap((r) => (r.ResourceArn ? [r.ResourceArn] : [])),
    },
    origin: { kind: 'live', calls: listing.calls },
  });
}
