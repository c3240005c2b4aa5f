import { GenerateCredentialReportCommand, GetCredentialReportCommand } from '@aws-sdk/client-iam';
import type { AwsContext } from '../context.js';

/** How long to wait for IAM to compile the report; tests shorten the delay. */
export const REPORT_POLL = { delayMs: 2000, attempts: 15 };

export type ReportRow = Record<string, string>;

/** The report by user ARN, or why it could not be read. */
export type CredentialReport = { ok: true; rows: Map<string, ReportRow>; calls: string[] } | { ok: false; reason: string; calls: string[] };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Asks IAM to compile the credential report and reads it. IAM answers STARTED or
 * INPROGRESS until the report is ready (a few seconds); a report younger than four hours
 * is reused. If generating is denied, an existing report may still be readable.
 */
export async function readCredentialReport(ctx: AwsContext, region: string): Promise<CredentialReport> {
  const calls: string[] = [];
  for (let attempt = 0; attempt < REPORT_POLL.attempts; attempt++) {
    const gen = await ctx.call('iam', region, new GenerateCredentialReportCommand({}));
    if (!calls.includes(gen.call)) calls.push(gen.call);
    if (!gen.ok || gen.value.State === 'COMPLETE') break;
    await sleep(REPORT_POLL.delayMs);
  }
  const got = await ctx.call('iam', region, new GetCredentialReportCommand({}));
  calls.push(got.call);
  if (!got.ok) return { ok: false, reason: got.failure.reason, calls };
  const text = got.value.Content ? new TextDecoder().decode(got.value.Content) : '';
  return { ok: true, rows: parseReport(text), calls };
}

/** One CSV line; fields are quoted when they hold a comma or a quote. */
function splitCsv(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quoted) {
      if (c === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      out.push(cur);
      cur = '';
    } else cur += c;
  }
  out.push(cur);
  return out;
}

/**
 * The report's rows by ARN. IAM user names may contain commas, and the ARN ends with the
 * name: a row with 2k more fields than the header has k commas in each of its first two
 * columns, folded back here when the report does not quote them.
 */
export function parseReport(text: string): Map<string, ReportRow> {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const rows = new Map<string, ReportRow>();
  if (lines.length === 0) return rows;
  const header = splitCsv(lines[0]!);
  for (const line of lines.slice(1)) {
    let fields = splitCsv(line);
    const extra = fields.length - header.length;
    if (extra > 0 && extra % 2 === 0) {
      const k = extra / 2;
      fields = [fields.slice(0, k + 1).join(','), fields.slice(k + 1, 2 * k + 2).join(','), ...fields.slice(2 * k + 2)];
    }
    const row: ReportRow = {};
    header.forEach((h, i) => (row[h] = fields[i] ?? ''));
    if (row.arn) rows.set(row.arn, row);
  }
  return rows;
}

/** A date column: null for `N/A`, `no_information` and `not_supported`. */
export function reportDate(v: string | undefined): string | null {
  if (!v || !/^\d{4}-\d\d-\d\dT/.test(v)) return null;
  return new Date(v).toISOString();
}
