import type { BackupPlanRule, BackupSelection, BackupTagCondition, BackupVaultProps } from '../../../../model/aws/ops.js';
import { normalizePolicy } from '../../../../model/aws/policy.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asList, asNumber, asString, at, isRecord, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

type Plan = Resource<'AWS::Backup::BackupPlan'>;

function strings(v: unknown, what: string): Known<Known<string>[]> {
  const list = asList(v, what) ?? [];
  if (isUnknown(list)) return list;
  return list.map((x) => asString(x, what) ?? unknown(`${what} holds an empty value`));
}

function days(lifecycle: unknown): Known<number | null> {
  return asNumber(at(lifecycle, 'DeleteAfterDays'), 'Lifecycle.DeleteAfterDays') ?? null;
}

function rulesOf(plan: unknown): Known<BackupPlanRule[]> {
  const list = asList(at(plan, 'BackupPlanRule'), 'BackupPlanRule') ?? [];
  if (isUnknown(list)) return list;
  return list.map((r) => {
    const copies = asList(at(r, 'CopyActions'), 'CopyActions') ?? [];
    return {
      ruleName: asString(at(r, 'RuleName'), 'RuleName') ?? unknown('RuleName is not declared'),
      targetVault: asString(at(r, 'TargetBackupVault'), 'TargetBackupVault') ?? unknown('TargetBackupVault is not declared'),
      schedule: asString(at(r, 'ScheduleExpression'), 'ScheduleExpression') ?? null,
      deleteAfterDays: days(at(r, 'Lifecycle')),
      copyActions: isUnknown(copies)
        ? copies
        : copies.map((c) => ({
            destinationVaultArn: asString(at(c, 'DestinationBackupVaultArn'), 'DestinationBackupVaultArn') ?? unknown('DestinationBackupVaultArn is not declared'),
            deleteAfterDays: days(at(c, 'Lifecycle')),
          })),
    };
  });
}

export function backupPlan(res: TemplateResource, ctx: AdapterContext): Plan {
  const plan = at(res.properties, 'BackupPlan');
  const name = asString(at(plan, 'BackupPlanName'), 'BackupPlanName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::Backup::BackupPlan',
    name: id.name,
    tags: tagsOf(at(res.properties, 'BackupPlanTags')),
    refs: id.refs,
    props: {
      planName: name ?? unknown('BackupPlanName is not declared'),
      rules: rulesOf(plan),
      // Filled by the AWS::Backup::BackupSelection join.
      selections: [],
    },
  });
}

const KEY_PREFIX = /^aws:ResourceTag\//;

function condition(op: BackupTagCondition['op'], c: unknown, what: string): BackupTagCondition {
  const key = asString(at(c, 'ConditionKey'), `${what}.ConditionKey`) ?? unknown(`${what}.ConditionKey is not declared`);
  return {
    op,
    key: typeof key === 'string' ? key.replace(KEY_PREFIX, '') : key,
    value: asString(at(c, 'ConditionValue'), `${what}.ConditionValue`) ?? unknown(`${what}.ConditionValue is not declared`),
  };
}

function conditionsOf(v: unknown): Known<BackupTagCondition[]> {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  if (!isRecord(v)) return unknown('Conditions should be a mapping');
  const out: BackupTagCondition[] = [];
  for (const op of ['StringEquals', 'StringNotEquals', 'StringLike', 'StringNotLike'] as const) {
    const list = asList(v[op], `Conditions.${op}`) ?? [];
    if (isUnknown(list)) return list;
    for (const c of list) out.push(condition(op, c, `Conditions.${op}`));
  }
  return out;
}

export function selectionOf(sel: unknown): BackupSelection {
  const tags = asList(at(sel, 'ListOfTags'), 'ListOfTags') ?? [];
  return {
    selectionName: asString(at(sel, 'SelectionName'), 'SelectionName') ?? unknown('SelectionName is not declared'),
    resources: strings(at(sel, 'Resources'), 'Resources'),
    notResources: strings(at(sel, 'NotResources'), 'NotResources'),
    // ListOfTags knows only STRINGEQUALS.
    listOfTags: isUnknown(tags) ? tags : tags.map((t) => condition('StringEquals', t, 'ListOfTags')),
    conditions: conditionsOf(at(sel, 'Conditions')),
  };
}

/** `AWS::Backup::BackupSelection` adds its resource assignment to the plan its BackupPlanId names. */
export const backupSelectionJoin = join({
  type: 'AWS::Backup::BackupSelection',
  target: 'AWS::Backup::BackupPlan',
  via: 'BackupPlanId',
  attach(sel, plan, _ctx, exists) {
    const selections = plan.props.selections;
    if (isUnknown(selections)) return;
    // A selection that may not exist cannot be counted on to cover anything.
    if (isUnknown(exists)) {
      plan.props.selections = unknown(`selection ${sel.logicalId} exists only under an undecidable condition`);
      return;
    }
    selections.push(selectionOf(at(sel.properties, 'BackupSelection')));
  },
});

export function backupVault(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::Backup::BackupVault'> {
  const p = res.properties;
  const name = asString(at(p, 'BackupVaultName'), 'BackupVaultName');
  const id = namedIdentity(res, ctx, name);
  const lock = at(p, 'LockConfiguration');
  const min = asNumber(at(lock, 'MinRetentionDays'), 'LockConfiguration.MinRetentionDays');
  const max = asNumber(at(lock, 'MaxRetentionDays'), 'LockConfiguration.MaxRetentionDays');
  const grace = asNumber(at(lock, 'ChangeableForDays'), 'LockConfiguration.ChangeableForDays');
  return iacResource(res, ctx, {
    type: 'AWS::Backup::BackupVault',
    name: id.name,
    tags: tagsOf(at(p, 'BackupVaultTags')),
    refs: id.refs,
    props: {
      vaultName: name ?? unknown('BackupVaultName is not declared'),
      encryptionKeyArn: asString(at(p, 'EncryptionKeyArn'), 'EncryptionKeyArn') ?? null,
      accessPolicy: normalizePolicy(at(p, 'AccessPolicy')),
      lock: lockOf(lock, min, max, grace),
    },
  });
}

/** ChangeableForDays starts compliance mode's grace time; without it the lock is governance mode. */
function lockOf(lock: unknown, min: Known<number> | undefined, max: Known<number> | undefined, grace: Known<number> | undefined): BackupVaultProps['lock'] {
  if (lock === undefined) return null;
  const open = [lock, min, max, grace].find(isUnknown);
  if (open) return open;
  return {
    minRetentionDays: (min as number | undefined) ?? null,
    maxRetentionDays: (max as number | undefined) ?? null,
    mode: grace === undefined ? 'governance' : 'compliance',
  };
}
