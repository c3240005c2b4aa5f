import {
  type BackupPlansListMember,
  type BackupRule,
  type BackupSelection as ApiSelection,
  GetBackupPlanCommand,
  GetBackupSelectionCommand,
  ListBackupPlansCommand,
  ListBackupSelectionsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-backup';
import type { BackupPlanRule, BackupSelection, BackupTagCondition } from '../../../model/aws/ops.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known } from '../context.js';

/** Backup plans of one region, their selections joined in (GetBackupSelection per selection). */
export async function collectPlans(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'backup',
    region,
    (NextToken) => new ListBackupPlansCommand({ MaxResults: 100, NextToken }),
    (o) => o.BackupPlansList,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::Backup::BackupPlan', 'backup', region, listing.failure);
  await ctx.forEach(listing.items, (plan) => collectPlan(ctx, region, plan, listing.calls));
}

const PREFIX = /^aws:ResourceTag\//;

/** ListOfTags and Conditions in one shape; the `aws:ResourceTag/` prefix is dropped from keys. */
export function tagConditions(list: { op: BackupTagCondition['op']; key?: string | undefined; value?: string | undefined }[]): BackupTagCondition[] {
  return list.map((c) => ({ op: c.op, key: (c.key ?? '').replace(PREFIX, ''), value: c.value ?? '' }));
}

export function selectionOf(s: ApiSelection): BackupSelection {
  const c = s.Conditions ?? {};
  const ops = ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'] as const;
  return {
    selectionName: s.SelectionName ?? '',
    resources: s.Resources ?? [],
    notResources: s.NotResources ?? [],
    // ListOfTags knows only STRINGEQUALS.
    listOfTags: tagConditions((s.ListOfTags ?? []).map((t) => ({ op: 'StringEquals', key: t.ConditionKey, value: t.ConditionValue }))),
    conditions: tagConditions(ops.flatMap((op) => (c[op] ?? []).map((p) => ({ op, key: p.ConditionKey, value: p.ConditionValue })))),
  };
}

function ruleOf(r: BackupRule): BackupPlanRule {
  return {
    ruleName: r.RuleName ?? '',
    targetVault: r.TargetBackupVaultName ?? '',
    schedule: r.ScheduleExpression ?? null,
    deleteAfterDays: r.Lifecycle?.DeleteAfterDays ?? null,
    copyActions: (r.CopyActions ?? []).map((a) => ({
      destinationVaultArn: a.DestinationBackupVaultArn ?? '',
      deleteAfterDays: a.Lifecycle?.DeleteAfterDays ?? null,
    })),
  };
}

async function collectPlan(ctx: AwsContext, region: string, plan: BackupPlansListMember, listCalls: string[]): Promise<void> {
  const BackupPlanId = plan.BackupPlanId;
  if (!BackupPlanId) return;
  const arn = plan.BackupPlanArn ?? `arn:${ctx.partition}:backup:${region}:${ctx.account}:backup-plan:${BackupPlanId}`;
  const [got, tags, selections] = await Promise.all([
    ctx.call('backup', region, new GetBackupPlanCommand({ BackupPlanId })),
    ctx.call('backup', region, new ListTagsCommand({ ResourceArn: arn })),
    selectionsOf(ctx, region, BackupPlanId),
  ]);
  if (!got.ok && got.failure.code === 'ResourceNotFoundException') return;
  const name = plan.BackupPlanName ?? BackupPlanId;
  ctx.add({
    provider: 'aws',
    type: 'AWS::Backup::BackupPlan',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: known(tags, (o) => ({ ...o.Tags })),
    props: {
      planName: name,
      rules: known(got, (o) => (o.BackupPlan?.Rules ?? []).map(ruleOf)),
      selections: selections.value,
    },
    origin: { kind: 'live', calls: [...listCalls, got.call, tags.call, ...selections.calls] },
    refs: [arn, BackupPlanId, name],
  });
}

async function selectionsOf(ctx: AwsContext, region: string, BackupPlanId: string): Promise<{ value: Known<BackupSelection[]>; calls: string[] }> {
  const listing = await ctx.list(
    'backup',
    region,
    (NextToken) => new ListBackupSelectionsCommand({ BackupPlanId, MaxResults: 100, NextToken }),
    (o) => o.BackupSelectionsList,
    (o) => o.NextToken,
  );
  if (listing.failure) return { value: unknown(listing.failure.reason), calls: listing.calls };
  const calls = [...listing.calls];
  const out: Known<BackupSelection[]> = [];
  let missing: Known<BackupSelection[]> | undefined;
  await ctx.forEach(listing.items, async (item) => {
    if (!item.SelectionId) return;
    const sel = await ctx.call('backup', region, new GetBackupSelectionCommand({ BackupPlanId, SelectionId: item.SelectionId }));
    if (!calls.includes(sel.call)) calls.push(sel.call);
    if (sel.ok) {
      if (sel.value.BackupSelection) out.push(selectionOf(sel.value.BackupSelection));
    } else if (sel.failure.code !== 'ResourceNotFoundException') {
      // One unread selection leaves what the plan covers unknown.
      missing ??= unknown(sel.failure.reason);
    }
  });
  return { value: missing ?? out, calls };
}
