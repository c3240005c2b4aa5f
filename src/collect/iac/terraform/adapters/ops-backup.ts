import type { BackupPlanProps, BackupPlanRule, BackupSelection, BackupTagCondition, BackupVaultProps } from '../../../../model/aws/ops.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, blocks, literalName, num, optStr, policy, str, strings } from './attrs.js';
import { RefIndex, resourceOf, tokenOf } from './common.js';

export const OPS_BACKUP_TF_TYPES = [
  'aws_backup_plan',
  'aws_backup_selection',
  'aws_backup_vault',
  'aws_backup_vault_policy',
  'aws_backup_vault_lock_configuration',
];

function required(v: unknown, what: string): Known<string> {
  const s = str(v, null, what);
  return s === null ? unknown(`${what} is not set`) : s;
}

function deleteAfter(lifecycle: unknown): Known<number | null> {
  const l = block(lifecycle, 'lifecycle');
  if (l === undefined) return null;
  if (isUnknown(l)) return l;
  return num(l.delete_after, null, 'delete_after');
}

function rulesOf(a: Attrs): Known<BackupPlanRule[]> {
  const rules = blocks(a.rule, 'rule');
  if (isUnknown(rules)) return rules;
  return rules.map((r) => {
    const copies = blocks(r.copy_action, 'copy_action');
    return {
      ruleName: required(r.rule_name, 'rule_name'),
      targetVault: required(r.target_vault_name, 'target_vault_name'),
      schedule: optStr(r.schedule, 'schedule'),
      deleteAfterDays: deleteAfter(r.lifecycle),
      copyActions: isUnknown(copies)
        ? copies
        : copies.map((c) => ({ destinationVaultArn: required(c.destination_vault_arn, 'destination_vault_arn'), deleteAfterDays: deleteAfter(c.lifecycle) })),
    };
  });
}

const KEY_PREFIX = /^aws:ResourceTag\//;
const OPS = { string_equals: 'StringEquals', string_not_equals: 'StringNotEquals', string_like: 'StringLike', string_not_like: 'StringNotLike' } as const;

function tagCondition(op: BackupTagCondition['op'], c: Attrs): BackupTagCondition {
  const key = required(c.key, 'key');
  return { op, key: typeof key === 'string' ? key.replace(KEY_PREFIX, '') : key, value: required(c.value, 'value') };
}

function conditionsOf(v: unknown): Known<BackupTagCondition[]> {
  const list = blocks(v, 'condition');
  if (isUnknown(list)) return list;
  const out: BackupTagCondition[] = [];
  for (const c of list) {
    for (const [attr, op] of Object.entries(OPS)) {
      const each = blocks(c[attr], attr);
      if (isUnknown(each)) return each;
      out.push(...each.map((e) => tagCondition(op, e)));
    }
  }
  return out;
}

function selectionOf(d: Declared): BackupSelection {
  const a = d.attrs;
  const tags = blocks(a.selection_tag, 'selection_tag');
  return {
    selectionName: required(a.name, 'name'),
    resources: strings(a.resources, 'resources') ?? [],
    notResources: strings(a.not_resources, 'not_resources') ?? [],
    // selection_tag's only type is STRINGEQUALS.
    listOfTags: isUnknown(tags) ? tags : tags.map((t) => tagCondition('StringEquals', t)),
    conditions: conditionsOf(a.condition),
  };
}

/** Plans with their `aws_backup_selection`s (by `plan_id`) joined in. */
function plans(list: Declared[], selections: Declared[]): AnyResource[] {
  const index = new RefIndex<number>();
  const props: BackupPlanProps[] = list.map((d, i) => {
    index.add([tokenOf(d), ...(d.extraRefs ?? [])], i);
    if (d.unknownReason) {
      const u = unknown(d.unknownReason);
      return { planName: u, rules: u, selections: u };
    }
    return { planName: required(d.attrs.name, 'name'), rules: rulesOf(d.attrs), selections: [] };
  });
  for (const s of selections) {
    const i = index.get(s.attrs.plan_id);
    if (i === undefined) continue;
    const current = props[i]!.selections;
    if (isUnknown(current)) continue;
    // A selection whose instances cannot be known leaves the plan's coverage unknown.
    if (s.unknownReason) props[i]!.selections = unknown(s.unknownReason);
    else current.push(selectionOf(s));
  }
  return list.map((d, i) => {
    const name = literalName(d.attrs.name);
    return resourceOf(d, 'AWS::Backup::BackupPlan', props[i]!, name ? { name, refs: [name] } : {});
  });
}

function lockOf(d: Declared): BackupVaultProps['lock'] {
  if (d.unknownReason) return unknown(d.unknownReason);
  const min = num(d.attrs.min_retention_days, null, 'min_retention_days');
  const max = num(d.attrs.max_retention_days, null, 'max_retention_days');
  const grace = num(d.attrs.changeable_for_days, null, 'changeable_for_days');
  const open = [min, max, grace].find(isUnknown);
  if (open) return open;
  // changeable_for_days starts compliance mode's grace time; without it the lock is governance mode.
  return { minRetentionDays: min as number | null, maxRetentionDays: max as number | null, mode: grace === null ? 'governance' : 'compliance' };
}

/** Vaults with `aws_backup_vault_policy` and `aws_backup_vault_lock_configuration` (by `backup_vault_name`) joined in. */
function vaults(list: Declared[], policies: Declared[], locks: Declared[]): AnyResource[] {
  const index = new RefIndex<number>();
  const props: BackupVaultProps[] = list.map((d, i) => {
    const name = literalName(d.attrs.name);
    index.add([tokenOf(d), ...(name ? [name] : []), ...(d.extraRefs ?? [])], i);
    if (d.unknownReason) {
      const u = unknown(d.unknownReason);
      return { vaultName: u, encryptionKeyArn: u, accessPolicy: u, lock: u };
    }
    return { vaultName: required(d.attrs.name, 'name'), encryptionKeyArn: optStr(d.attrs.kms_key_arn, 'kms_key_arn'), accessPolicy: null, lock: null };
  });
  for (const p of policies) {
    const i = index.get(p.attrs.backup_vault_name);
    if (i !== undefined) props[i]!.accessPolicy = p.unknownReason ? unknown(p.unknownReason) : policy(p.attrs.policy);
  }
  for (const l of locks) {
    const i = index.get(l.attrs.backup_vault_name);
    if (i !== undefined) props[i]!.lock = lockOf(l);
  }
  return list.map((d, i) => {
    const name = literalName(d.attrs.name);
    return resourceOf(d, 'AWS::Backup::BackupVault', props[i]!, name ? { name, refs: [name] } : {});
  });
}

export function buildOpsBackup(of: (tfType: string) => Declared[]): AnyResource[] {
  return [
    ...plans(of('aws_backup_plan'), of('aws_backup_selection')),
    ...vaults(of('aws_backup_vault'), of('aws_backup_vault_policy'), of('aws_backup_vault_lock_configuration')),
  ];
}
