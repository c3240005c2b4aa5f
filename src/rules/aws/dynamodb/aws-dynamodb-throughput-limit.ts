import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-throughput-limit',
    title: 'DynamoDB provisioned capacity stays below the account limit',
    severity: 'low',
    hipaa: ['164.308(a)(7)(i)'],
    resourceTypes: ['AWS::DynamoDB::AccountLimits'],
    sources: ['live'],
    covers: ['dynamodb-throughput-limit'],
    rationale:
      'Provisioned capacity across all tables of a region shares one account quota. Close to it, auto scaling ' +
      'cannot raise capacity during a surge and a restore or new table may be refused, making patient data ' +
      'unavailable exactly when load or recovery needs it.',
    remediation: {
      text: 'Request a higher account quota in Service Quotas, lower over-provisioned tables, or move spiky tables to on-demand.',
      cli: 'aws service-quotas list-service-quotas --service-code dynamodb --query "Quotas[?contains(QuotaName, \'Account-level\')]"\naws service-quotas request-service-quota-increase --service-code dynamodb --quota-code QUOTA_CODE --desired-value 160000',
    },
  },
  options: z.object({ thresholdPercent: z.number().min(1).max(100).default(80) }),
  evaluate(limits, ctx) {
    const p = limits.props;
    const pct = ctx.options.thresholdPercent;
    const pairs = [
      ['read', p.provisionedReadCapacityUnits, p.accountMaxReadCapacityUnits, 'provisionedReadCapacityUnits', 'accountMaxReadCapacityUnits'],
      ['write', p.provisionedWriteCapacityUnits, p.accountMaxWriteCapacityUnits, 'provisionedWriteCapacityUnits', 'accountMaxWriteCapacityUnits'],
    ] as const;
    const evidence = [...pairs.flatMap(([, used, max, u, m]) => [ev(u, used), ev(m, max)]), ev('options.thresholdPercent', pct)];
    const over: string[] = [];
    for (const [what, used, max, u, m] of pairs) {
      if (isUnknown(used)) return unknownResult(u, used);
      if (isUnknown(max)) return unknownResult(m, max);
      if (max > 0 && (used / max) * 100 >= pct) over.push(`${what} ${used} of ${max} units (${Math.round((used / max) * 100)}%)`);
    }
    return over.length > 0
      ? fail(`Provisioned capacity is at or above ${pct}% of the account limit: ${over.join(', ')}.`, ...evidence)
      : pass(`Provisioned capacity is below ${pct}% of the account limits.`, ...evidence);
  },
});
