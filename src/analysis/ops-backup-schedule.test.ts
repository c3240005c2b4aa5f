import { describe, expect, it } from 'vitest';
import { unknown } from '../model/unknown.js';
import { maxGapHours } from './ops-backup-schedule.js';

describe('maxGapHours', () => {
  it.each([
    ['cron(0 5 ? * * *)', 24],
    ['cron(0 */4 ? * * *)', 4],
    ['cron(0 1,13 ? * * *)', 12],
    ['cron(0 5 ? * MON-FRI *)', 72],
    ['cron(0 5 ? * SUN *)', 168],
    ['cron(0 5 1 * ? *)', 744],
    ['cron(0 5 1,15 * ? *)', 408],
    ['cron(0 3 1 1 ? *)', 8928],
  ])('%s runs at most %i hours apart', (expr, hours) => {
    expect(maxGapHours(expr)).toBe(hours);
  });

  it('is unknown for what it cannot read', () => {
    expect(maxGapHours('rate(1 day)')).toEqual(unknown('schedule rate(1 day) is not a cron expression'));
    expect(maxGapHours('cron(0 5 L * ? *)')).toEqual(unknown('day-of-month L in cron(0 5 L * ? *) is not understood'));
  });
});
