import type { HipaaCitation } from '../frameworks/hipaa/tree.js';
import { type SourceKind, sourceKindOf } from '../model/origin.js';
import type { AnyResource, ResourceType } from '../model/resource.js';
import { isUnknown } from '../model/unknown.js';
import { defineRule } from '../rules/define.js';
import { ev, fail, notAssessed, pass } from '../rules/result.js';
import type { Rule } from '../rules/types.js';
import { isProtected, plansCovering } from './ops-backup.js';

/**
 * The two AWS Backup coverage checks every data store shares, built once: "a plan's
 * selection assigns it" (judged from plans and selections, live and IaC) and "AWS Backup
 * holds a recovery point of it" (ListProtectedResources, live only).
 */
export interface StoreSpec<T extends ResourceType> {
  /** `dynamodb`, `ebs`…: the rule is `aws-backup-<store>-in-plan` / `-protected`. */
  store: string;
  /** What a person calls it: "DynamoDB table". */
  noun: string;
  type: T;
  covers: string;
  sources: readonly SourceKind[];
  /** How the CLI names one in `--resources`. */
  arnExample: string;
}

const HIPAA: readonly HipaaCitation[] = ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.310(d)(2)(iv)'];

const RATIONALE =
  'HIPAA requires retrievable exact copies of ePHI (164.308(a)(7)(ii)(A)) and the ability to restore lost data ' +
  '(164.308(a)(7)(ii)(B)). A data store no AWS Backup plan covers depends on whatever snapshots someone remembers ' +
  'to take, with no schedule, retention or vault protection behind them.';

export function inPlanRule<T extends ResourceType>(s: StoreSpec<T>): Rule<T> {
  return defineRule({
    meta: {
      id: `aws-backup-${s.store}-in-plan`,
      title: `${s.noun} is selected by an AWS Backup plan`,
      severity: 'medium',
      hipaa: HIPAA,
      resourceTypes: [s.type],
      sources: s.sources,
      covers: [s.covers],
      rationale: RATIONALE,
      remediation: {
        text: `Assign the ${s.noun} to a backup plan: by ARN, or (better, so new ones are covered too) by a tag condition such as data-class = phi in the plan's selection.`,
        cli: `aws backup create-backup-selection --backup-plan-id PLAN_ID --backup-selection '{"SelectionName":"phi","IamRoleArn":"ROLE_ARN","Resources":["${s.arnExample}"]}'`,
        terraform:
          'resource "aws_backup_selection" "phi" {\n  plan_id      = aws_backup_plan.phi.id\n  name         = "phi"\n  iam_role_arn = aws_iam_role.backup.arn\n  resources    = ["*"]\n  condition {\n    string_equals {\n      key   = "aws:ResourceTag/data-class"\n      value = "phi"\n    }\n  }\n}',
        cloudformation:
          'PhiSelection:\n  Type: AWS::Backup::BackupSelection\n  Properties:\n    BackupPlanId: !Ref PhiPlan\n    BackupSelection:\n      SelectionName: phi\n      IamRoleArn: !GetAtt BackupRole.Arn\n      Resources: ["*"]\n      Conditions:\n        StringEquals:\n          - ConditionKey: aws:ResourceTag/data-class\n            ConditionValue: phi',
      },
    },
    evaluate(subject, ctx) {
      const store = subject as unknown as AnyResource;
      const live = sourceKindOf(store.origin) === 'live';
      const listing = ctx.list('AWS::Backup::BackupPlan', store);
      // Plans are regional: a plan elsewhere does not back this store up.
      const here = live ? { ...listing, resources: listing.resources.filter((p) => p.region === store.region) } : listing;
      const cov = plansCovering(here, store);
      const evidence = [ev('backupPlans', cov.plans)];
      if (cov.plans.length > 0) return pass(`Backup plan ${cov.plans.join(', ')} selects it.`, ...evidence);
      if (cov.open) return notAssessed(cov.open, ...evidence);
      if (live && !listing.complete) return notAssessed(`no plan seen selects it, and the plan list is incomplete: ${listing.reason}`, ...evidence);
      const where = live ? 'in its region' : 'in the scanned files';
      return fail(`No AWS Backup plan ${where} selects this ${s.noun}.`, ...evidence);
    },
  }) as Rule<T>;
}

export function protectedRule<T extends ResourceType>(s: StoreSpec<T>): Rule<T> {
  return defineRule({
    meta: {
      id: `aws-backup-${s.store}-protected`,
      title: `${s.noun} has a recovery point in AWS Backup`,
      severity: 'medium',
      hipaa: HIPAA,
      resourceTypes: [s.type],
      sources: ['live'],
      covers: [s.covers.replace('-in-backup-plan', '-protected-by-backup-plan')],
      rationale: `${RATIONALE} Being selected is not enough: the backup job must have run and left a recovery point.`,
      remediation: {
        text: `Make sure a backup plan selects the ${s.noun} and its jobs succeed (check the backup role's permissions and the job history); run an on-demand backup to close the gap now.`,
        cli: `aws backup start-backup-job --backup-vault-name VAULT --resource-arn ${s.arnExample} --iam-role-arn ROLE_ARN\naws backup list-backup-jobs --by-resource-arn ${s.arnExample}`,
      },
    },
    evaluate(subject, ctx) {
      const store = subject as unknown as AnyResource;
      const listing = ctx.list('AWS::Backup::ProtectedResources', store);
      const held = isProtected(listing, store);
      const evidence = [ev('protectedBy', 'AWS Backup ListProtectedResources')];
      if (held === true) return pass('AWS Backup holds a recovery point of it.', ...evidence);
      if (isUnknown(held)) return notAssessed(`protected resources unknown: ${held.$unknown}`, ...evidence);
      if (!listing.complete) return notAssessed(`protected resources not fully listed: ${listing.reason}`, ...evidence);
      return fail(`AWS Backup holds no recovery point of this ${s.noun}.`, ...evidence);
    },
  }) as Rule<T>;
}
