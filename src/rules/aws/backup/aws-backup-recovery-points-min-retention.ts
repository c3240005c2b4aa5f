import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-backup-recovery-points-min-retention',
    title: 'Recovery points in the backup vault are kept for the minimum retention',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.310(d)(2)(iv)'],
    resourceTypes: ['AWS::Backup::RecoveryPoints'],
    sources: ['live'],
    covers: ['backup-recovery-point-min-retention'],
    rationale:
      'A recovery point that expires within days may be gone before the corruption or deletion it should undo is ' +
      'noticed. Whatever the plans say now, the points actually stored decide what can be restored (164.308(a)(7)(ii)(B)).',
    remediation: {
      text: 'Extend the lifecycle of short-lived recovery points (and fix the plan or on-demand job that created them) so every point is kept at least the minimum.',
      cli: 'aws backup update-recovery-point-lifecycle --backup-vault-name VAULT --recovery-point-arn RECOVERY_POINT_ARN --lifecycle DeleteAfterDays=35',
    },
  },
  options: z.object({ minRetentionDays: z.number().int().positive().default(35) }),
  evaluate(points, ctx) {
    const retention = points.props.retention;
    if (isUnknown(retention)) return unknownResult('retention', retention);
    const min = ctx.options.minRetentionDays;
    const short = retention.filter((r) => r.days !== null && r.days < min);
    const count = short.reduce((n, r) => n + r.count, 0);
    const evidence = [ev('retention', retention), ev('options.minRetentionDays', min)];
    if (count > 0) {
      const shortest = Math.min(...short.map((r) => r.days as number));
      return fail(`${count} recovery point(s) in vault ${points.props.vaultName} expire sooner than ${min} days (the shortest after ${shortest}).`, ...evidence);
    }
    return pass(`Every recovery point in vault ${points.props.vaultName} is kept at least ${min} days.`, ...evidence);
  },
});
