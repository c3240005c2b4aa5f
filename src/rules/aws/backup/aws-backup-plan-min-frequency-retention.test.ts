import type { BackupPlanRule } from '../../../model/aws/ops.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-plan-min-frequency-retention.js';

const r = (over: Partial<BackupPlanRule>): BackupPlanRule => ({
  ruleName: 'daily',
  targetVault: 'phi-vault',
  schedule: 'cron(0 5 ? * * *)',
  deleteAfterDays: 35,
  copyActions: [],
  ...over,
});
const plan = (rules: BackupPlanRule[] | ReturnType<typeof unknown>, opts = {}) => resource('AWS::Backup::BackupPlan', { rules }, opts);

ruleTester(rule, {
  pass: [
    { name: 'daily, kept 35 days', resource: plan([r({})]), message: /every 24 hours/ },
    { name: 'every 4 hours, never expiring', resource: plan([r({ schedule: 'cron(0 */4 ? * * *)', deleteAfterDays: null })]) },
    { name: 'weekly allowed by option', resource: plan([r({ schedule: 'cron(0 5 ? * SUN *)' })]), options: { maxFrequencyHours: 168 } },
    { name: 'a template plan, daily for 90 days', resource: plan([r({ deleteAfterDays: 90 })], { origin: iacOrigin('Plan') }) },
  ],
  fail: [
    { name: 'no rules', resource: plan([]), message: /no rules/ },
    { name: 'weekly', resource: plan([r({ schedule: 'cron(0 5 ? * SUN *)' })]), message: /168 hours/ },
    { name: 'kept 7 days', resource: plan([r({ deleteAfterDays: 7 })]), message: /7 days/ },
    { name: 'on demand only', resource: plan([r({ schedule: null })]), message: /no schedule/ },
    { name: 'one good rule, one short-lived', resource: plan([r({}), r({ ruleName: 'hourly', schedule: 'cron(0 * ? * * *)', deleteAfterDays: 1 })]) },
  ],
  not_assessed: [
    { name: 'rules unknown', resource: plan(unknown('AccessDenied on backup:GetBackupPlan')) },
    { name: 'retention from a parameter', resource: plan([r({ deleteAfterDays: unknown('parameter Days has no value') })]), message: /Days/ },
    { name: 'an unreadable cron', resource: plan([r({ schedule: 'cron(0 5 L * ? *)' })]) },
  ],
});
