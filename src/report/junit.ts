import type { Finding } from '../engine/finding.js';
import { formatValue } from './format-value.js';
import type { Report, ReportRule } from './model.js';

// XML 1.0 allows only TAB, LF, CR and the ranges below; anything else (C0 controls, lone
// surrogates, U+FFFE/U+FFFF) makes the whole document unparseable, so one hostile bucket
// name could hide every result from CI. C1 controls are legal but are terminal escape
// sequences when a CI log echoes the text: replaced too.
// eslint-disable-next-line no-control-regex
const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\ufffe\uffff]|[\ud800-\udfff]/gu;

/** Illegal characters become a visible `\uXXXX` so an auditor sees something was there. */
function xmlSafe(s: string): string {
  return s.replace(XML_ILLEGAL, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

export function xmlText(value: string): string {
  return xmlSafe(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Attribute values also keep their quotes, and newlines survive attribute normalisation. */
export function xmlAttr(value: string): string {
  return xmlText(value)
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;')
    .replace(/\t/g, '&#9;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;');
}

function caseName(f: Finding): string {
  const loc = f.resource.location;
  const where = loc ? `${loc.file}${loc.line ? `:${loc.line}` : ''} (${loc.address})` : f.resource.id;
  return `${f.resource.type} ${f.resource.name} ${where}`;
}

function details(f: Finding, rule: ReportRule | undefined): string {
  return [
    f.message,
    ...(f.reason ? [`Reason: ${f.reason}`] : []),
    ...f.evidence.map((e) => `  ${e.path} = ${formatValue(e.value, 2000)}`),
    `Resource: ${f.resource.id}${f.phi ? ' [PHI]' : ''}`,
    `HIPAA: ${f.hipaa.join(', ')}`,
    ...(rule ? [`Fix: ${rule.remediation.text}`] : []),
  ].join('\n');
}

interface Counts {
  tests: number;
  failures: number;
  errors: number;
  skipped: number;
}

/**
 * The verdict element of one test case. A not-assessed result is an `<error>`, not a
 * `<skipped>`: Jenkins, GitLab and the GitHub test-report actions draw errors in red and
 * count them against the run, while skipped tests are grey, often collapsed, and read as
 * "nothing to see". Missing data is never a pass, so it must not look like one; and an
 * error ("the test could not complete") is what not assessed means. An exception in force
 * is the one case that is `<skipped>`: someone accepted it, with a reason and an expiry.
 */
function verdict(f: Finding, rule: ReportRule | undefined, c: Counts): string {
  if (f.suppressed) {
    c.skipped++;
    const s = f.suppressed;
    const msg = `suppressed: ${s.reason}${s.approvedBy ? ` (approved by ${s.approvedBy})` : ''}${s.expires ? ` until ${s.expires}` : ''}`;
    return `      <skipped message="${xmlAttr(msg)}"/>\n`;
  }
  if (f.status === 'fail') {
    c.failures++;
    return `      <failure message="${xmlAttr(f.message)}" type="${f.severity}">${xmlText(details(f, rule))}</failure>\n`;
  }
  if (f.status === 'not_assessed') {
    c.errors++;
    return `      <error message="${xmlAttr(`not assessed: ${f.reason ?? f.message}`)}" type="not_assessed">${xmlText(details(f, rule))}</error>\n`;
  }
  return '';
}

/**
 * JUnit XML for CI test views: one suite per rule, one test case per rule and resource.
 * Passes are plain test cases, failures `<failure>` typed by severity, not-assessed results
 * `<error>`, exceptions `<skipped>` with their reason and expiry.
 */
export function renderJunit(report: Report): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) {
    let list = byRule.get(f.ruleId);
    if (!list) byRule.set(f.ruleId, (list = []));
    list.push(f);
  }
  const total: Counts = { tests: 0, failures: 0, errors: 0, skipped: 0 };
  const suites: string[] = [];
  for (const ruleId of [...byRule.keys()].sort()) {
    const findings = byRule.get(ruleId)!;
    const rule = report.rules[ruleId];
    const c: Counts = { tests: findings.length, failures: 0, errors: 0, skipped: 0 };
    const cases = findings.map((f) => {
      const body = verdict(f, rule, c);
      const open = `    <testcase classname="${xmlAttr(ruleId)}" name="${xmlAttr(caseName(f))}" time="0"`;
      return body ? `${open}>\n${body}    </testcase>\n` : `${open}/>\n`;
    });
    for (const k of ['tests', 'failures', 'errors', 'skipped'] as const) total[k] += c[k];
    const props = rule
      ? `    <properties>\n      <property name="title" value="${xmlAttr(rule.title)}"/>\n      <property name="severity" value="${rule.severity}"/>\n      <property name="hipaa" value="${xmlAttr(rule.hipaa.join(', '))}"/>\n    </properties>\n`
      : '';
    suites.push(
      `  <testsuite name="${xmlAttr(ruleId)}" tests="${c.tests}" failures="${c.failures}" errors="${c.errors}" skipped="${c.skipped}" time="0" timestamp="${xmlAttr(report.scan.startedAt)}">\n${props}${cases.join('')}  </testsuite>\n`,
    );
  }
  const seconds = Math.max(0, (Date.parse(report.scan.finishedAt) - Date.parse(report.scan.startedAt)) / 1000) || 0;
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<testsuites name="phiguard ${xmlAttr(report.tool.version)}" tests="${total.tests}" failures="${total.failures}" errors="${total.errors}" skipped="${total.skipped}" time="${seconds}">\n` +
    suites.join('') +
    '</testsuites>\n'
  );
}
