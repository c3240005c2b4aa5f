import type { Finding } from '../engine/finding.js';
import { isUnknown } from '../model/unknown.js';
import { formatValue } from './format-value.js';
import type { Report } from './model.js';

export const CSV_COLUMNS = [
  'status',
  'severity',
  'rule',
  'title',
  'hipaa',
  'resource type',
  'name',
  'id',
  'account',
  'region',
  'file',
  'line',
  'address',
  'phi',
  'suppressed reason',
  'expires',
  'message',
  'reason',
  'evidence',
] as const;

/**
 * Formula injection: a spreadsheet runs a cell that starts with `=`, `+`, `-` or `@` as a
 * formula (`=HYPERLINK(...)` in a bucket tag can exfiltrate the sheet), and a leading tab
 * or carriage return can hide such a prefix from a visual check. Any cell that starts with
 * one of those (or a line feed, for the same reason) gets a leading `'`, which spreadsheets
 * take as "text" and do not display. The cost is a visible `'` on values such as `-1` when
 * the file is read by a program rather than a spreadsheet.
 */
const FORMULA_START = /^[=+\-@\t\r\n]/;

export function csvCell(value: string): string {
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  // RFC 4180: every field quoted, quotes doubled; quoting all fields keeps commas, CR and
  // LF inside values harmless without deciding per field.
  return `"${safe.replace(/"/g, '""')}"`;
}

/** Unknown values say why they are unknown, never an empty cell that reads as "none". */
function known(value: unknown): string {
  if (isUnknown(value)) return `unknown (${value.$unknown})`;
  return value === undefined || value === null ? '' : String(value);
}

function row(f: Finding): string[] {
  const loc = f.resource.location;
  return [
    f.status,
    f.severity,
    f.ruleId,
    f.title,
    f.hipaa.join('; '),
    f.resource.type,
    f.resource.name,
    f.resource.id,
    known(f.resource.account),
    known(f.resource.region),
    loc?.file ?? '',
    loc?.line !== undefined ? String(loc.line) : '',
    loc?.address ?? '',
    f.phi ? 'true' : 'false',
    f.suppressed?.reason ?? '',
    f.suppressed?.expires ?? '',
    f.message,
    f.reason ?? '',
    f.evidence.map((e) => `${e.path} = ${formatValue(e.value, Number.POSITIVE_INFINITY)}`).join('; '),
  ];
}

/** One row per result, passes included, in the report's order; CRLF line ends (RFC 4180). */
export function renderCsv(report: Report): string {
  const lines = [CSV_COLUMNS.map(csvCell).join(',')];
  for (const f of report.findings) lines.push(row(f).map(csvCell).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
