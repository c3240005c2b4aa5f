import { type Known, unknown } from '../model/unknown.js';

/**
 * The longest gap, in hours, between two runs of an AWS Backup schedule
 * (`cron(Minutes Hours Day-of-month Month Day-of-week Year)`, UTC or the rule's zone).
 * Exact for the schedules backup plans are written with (hourly steps, hour lists, daily,
 * weekdays, weekly, monthly); unknown for what it cannot read.
 */
export function maxGapHours(expr: string): Known<number> {
  const m = /^cron\((.+)\)$/i.exec(expr.trim());
  if (!m) return unknown(`schedule ${expr} is not a cron expression`);
  const f = m[1]!.trim().split(/\s+/);
  if (f.length !== 6) return unknown(`schedule ${expr} does not have six fields`);
  const [, hours, dom, month, dow] = f as [string, string, string, string, string, string];
  if (month !== '*' && month !== '?') return monthsGap(month, expr);
  if (dom !== '*' && dom !== '?') {
    const days = values(dom, 1, 31);
    // A month's days: the gap wraps through the month's end (31-day months at worst).
    return days ? circularGap(days, 31) * 24 : unknown(`day-of-month ${dom} in ${expr} is not understood`);
  }
  if (dow !== '*' && dow !== '?') {
    const days = values(dow.toUpperCase().replace(/SUN|MON|TUE|WED|THU|FRI|SAT/g, (d) => String(DOW.indexOf(d) + 1)), 1, 7);
    if (!days) return unknown(`day-of-week ${dow} in ${expr} is not understood`);
    const dayGap = circularGap(days, 7);
    if (dayGap > 1) return dayGap * 24;
  }
  const hrs = values(hours, 0, 23);
  return hrs ? circularGap(hrs, 24) : unknown(`hours ${hours} in ${expr} are not understood`);
}

const DOW = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

function monthsGap(month: string, expr: string): Known<number> {
  const months = values(month.toUpperCase(), 1, 12);
  return months ? circularGap(months, 12) * 31 * 24 : unknown(`month ${month} in ${expr} is not understood`);
}

/** The values a cron field names: `*`, `a`, `a-b`, `a/n`, `*\/n`, `a-b/n`, comma lists. */
function values(field: string, min: number, max: number): number[] | undefined {
  const out = new Set<number>();
  for (const part of field.split(',')) {
    const mm = /^(\*|\d+)(?:-(\d+))?(?:\/(\d+))?$/.exec(part);
    if (!mm) return undefined;
    const start = mm[1] === '*' ? min : Number(mm[1]);
    const end = mm[2] !== undefined ? Number(mm[2]) : mm[1] === '*' || mm[3] !== undefined ? max : start;
    const step = mm[3] !== undefined ? Number(mm[3]) : 1;
    if (step < 1 || start < min || end > max || start > end) return undefined;
    for (let v = start; v <= end; v += step) out.add(v);
  }
  return [...out].sort((a, b) => a - b);
}

function circularGap(sorted: number[], period: number): number {
  let gap = sorted[0]! + period - sorted[sorted.length - 1]!;
  for (let i = 1; i < sorted.length; i++) gap = Math.max(gap, sorted[i]! - sorted[i - 1]!);
  return gap;
}
