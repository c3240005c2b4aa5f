import { z } from 'zod';
import { maxGapHours } from '../../../analysis/ops-backup-schedule.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-backup-plan-min-frequency-retention',
    title: 'Backup plan runs often enough and keeps recovery points long enough',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.310(d)(2)(iv)'],
    resourceTypes: ['AWS::Backup::BackupPlan'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['backup-plan-min-frequency-retention'],
    rationale:
      'A backup taken weekly loses up to a week of records; one kept a week is gone before most corruption or ' +
      'ransomware is noticed. The data backup and disaster recovery plans (164.308(a)(7)(ii)(A)/(B)) need copies ' +
      'frequent enough to bound data loss and kept long enough to restore from a known-good point.',
    remediation: {
      text: 'Give every rule of the plan a schedule at least daily and a lifecycle keeping recovery points at least 35 days (or never deleting them).',
      cli: 'aws backup update-backup-plan --backup-plan-id PLAN_ID --backup-plan \'{"BackupPlanName":"phi","Rules":[{"RuleName":"daily","TargetBackupVaultName":"phi-vault","ScheduleExpression":"cron(0 5 ? * * *)","Lifecycle":{"DeleteAfterDays":35}}]}\'',
      terraform: 'rule {\n  rule_name         = "daily"\n  target_vault_name = aws_backup_vault.phi.name\n  schedule          = "cron(0 5 ? * * *)"\n  lifecycle {\n    delete_after = 35\n  }\n}',
      cloudformation: 'BackupPlanRule:\n  - RuleName: daily\n    TargetBackupVault: !Ref PhiVault\n    ScheduleExpression: cron(0 5 ? * * *)\n    Lifecycle:\n      DeleteAfterDays: 35',
    },
  },
  options: z.object({
    minRetentionDays: z.number().int().positive().default(35),
    maxFrequencyHours: z.number().int().positive().default(24),
  }),
  evaluate(plan, ctx) {
    const rules = plan.props.rules;
    if (isUnknown(rules)) return unknownResult('rules', rules);
    const { minRetentionDays: minDays, maxFrequencyHours: maxHours } = ctx.options;
    const evidence = [ev('rules', rules), ev('options', ctx.options)];
    if (rules.length === 0) return fail('The plan has no rules: it backs nothing up.', ...evidence);
    const problems: string[] = [];
    let open: string | undefined;
    for (const r of rules) {
      const name = isUnknown(r.ruleName) ? '(unnamed)' : r.ruleName;
      if (isUnknown(r.schedule)) open ??= `rule ${name}: schedule is unknown: ${r.schedule.$unknown}`;
      else if (r.schedule === null) problems.push(`rule ${name} has no schedule (on demand only)`);
      else {
        const gap = maxGapHours(r.schedule);
        if (isUnknown(gap)) open ??= `rule ${name}: ${gap.$unknown}`;
        else if (gap > maxHours) problems.push(`rule ${name} runs only every ${gap} hours (${r.schedule})`);
      }
      if (isUnknown(r.deleteAfterDays)) open ??= `rule ${name}: retention is unknown: ${r.deleteAfterDays.$unknown}`;
      else if (r.deleteAfterDays !== null && r.deleteAfterDays < minDays) problems.push(`rule ${name} keeps recovery points ${r.deleteAfterDays} days`);
    }
    if (problems.length > 0) return fail(`${problems.join('; ')}: the minimum is every ${maxHours} hours, kept ${minDays} days.`, ...evidence);
    if (open) return notAssessed(open, ...evidence);
    return pass(`Every rule runs at least every ${maxHours} hours and keeps recovery points at least ${minDays} days.`, ...evidence);
  },
});
