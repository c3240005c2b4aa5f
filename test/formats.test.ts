import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import { rewriteZip, zipEntries } from './zip-helpers.js';
import { collectIac } from '../src/collect/iac/index.js';
import { DEFAULT_CONFIG } from '../src/config/schema.js';
import { Inventory } from '../src/engine/inventory.js';
import { runScan } from '../src/engine/scan.js';
import { verifyEvidencePack, writeEvidencePack } from '../src/evidence/index.js';
import type { AnyResource } from '../src/model/resource.js';
import { CSV_COLUMNS, renderCsv } from '../src/report/csv.js';
import { renderJunit } from '../src/report/junit.js';
import { MARKDOWN_LIMIT, renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';
import { renderOcsf } from '../src/report/ocsf.js';
import { renderSarif } from '../src/report/sarif.js';
import { defineRule } from '../src/rules/define.js';
import { loadRules } from '../src/rules/registry.js';
import { ev, fail, notAssessed } from '../src/rules/result.js';
import { resource } from '../src/rules/test-support/fixtures.js';
import { InputError } from '../src/util/errors.js';

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;

const HOSTILE = '<img src=x onerror=alert(1)> =HYPERLINK("http://x") "><script>alert(2)</script> \u0000\u0007\u001b[2J | `rm -rf` [click](http://evil) @here';

// A rule whose message, evidence and reason carry the hostile text, as a template could.
const hostileRule = defineRule({
  meta: {
    id: 'test-hostile-echo',
    title: 'Bucket name is boring',
    severity: 'high',
    hipaa: ['164.312(c)(1)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    rationale: 'test',
    remediation: { text: 'Rename it.' },
  },
  evaluate(b) {
    if (!b.name.includes('<img')) return null;
    if (b.tags && (b.tags as Record<string, string>)['blind']) return notAssessed(`cannot see ${b.name}`, ev('name', b.name));
    return fail(`The bucket ${b.name} is hostile`, ev('name', b.name), ev('tags', b.tags));
  },
});

const hostile = [
  resource('AWS::S3::Bucket', { versioning: 'Disabled' }, {
    id: `arn:aws:s3:::${HOSTILE}`,
    name: HOSTILE,
    tags: { owner: '=HYPERLINK("http://x")', note: HOSTILE },
    origin: { kind: 'iac', format: 'cloudformation', file: 'infra/=evil|`x`.yaml', line: 3, column: 1, address: '-Hostile' },
  }),
  resource('AWS::S3::Bucket', {}, { id: 'arn:aws:s3:::blind-hostile', name: `${HOSTILE} blind`, tags: { blind: '+1' } }),
  resource('AWS::S3::Bucket', { versioning: 'Suspended' }, { id: 'arn:aws:s3:::accepted', name: `${HOSTILE} accepted` }),
];

let report: Report;
let resources: AnyResource[];

beforeAll(async () => {
  const rules = await loadRules();
  const collected = await collectIac(['examples/telehealth/']);
  resources = [...collected.resources, ...hostile];
  report = runScan({
    inventory: new Inventory(resources, collected.coverage),
    rules: [...rules, hostileRule],
    config: {
      ...DEFAULT_CONFIG,
      suppressions: [{ rule: '*', resource: 'arn:aws:s3:::accepted', reason: `accepted ${HOSTILE}`, approvedBy: '@ciso', expires: '2099-12-31' }],
    },
    scope: { kind: 'iac', accounts: [], regions: [], paths: ['examples/telehealth/'] },
    problems: collected.problems,
    startedAt: new Date('2026-11-23T10:00:00Z'),
  });
});

function schema(name: string): object {
  return JSON.parse(readFileSync(new URL(`./schemas/${name}`, import.meta.url), 'utf8')) as object;
}

describe('the report the formats are tested on', () => {
  it('has every status, an exception, and hostile text', () => {
    const s = report.summary.results;
    expect(s.pass).toBeGreaterThan(0);
    expect(s.fail).toBeGreaterThan(0);
    expect(s.not_assessed).toBeGreaterThan(0);
    expect(s.suppressed).toBeGreaterThan(0);
    expect(report.findings.some((f) => f.message.includes('<img'))).toBe(true);
  });
});

describe('SARIF', () => {
  it('validates against the published SARIF 2.1.0 schema', () => {
    const ajv = addFormats(new Ajv2020({ strict: false, allErrors: true }));
    const validate = ajv.compile(schema('sarif-schema-2.1.0.json'));
    const ok = validate(JSON.parse(renderSarif(report)));
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });
});

describe('OCSF', () => {
  const required = schema('ocsf-compliance-finding-required.json') as {
    required: Record<string, string[]>;
    enums: Record<string, number[]>;
  };

  it('carries every attribute the Compliance Finding class definition requires', () => {
    const events = JSON.parse(renderOcsf(report, { includePass: true })) as Record<string, any>[];
    expect(events).toHaveLength(report.findings.length);
    const r = required.required;
    for (const e of events) {
      for (const k of [...r.base_event!, ...r.finding!, ...r.compliance_finding!]) expect(e, k).toHaveProperty(k);
      for (const k of r.compliance!) expect(e.compliance).toHaveProperty(k);
      for (const k of r.metadata!) expect(e.metadata).toHaveProperty(k);
      for (const k of r.finding_info!) expect(e.finding_info).toHaveProperty(k);
      for (const k of r.cloud!) expect(e.cloud).toHaveProperty(k);
      for (const k of r.remediation!) expect(e.remediation).toHaveProperty(k);
      expect(e.class_uid).toBe(2003);
      expect(e.category_uid).toBe(2);
      expect(e.type_uid).toBe(e.class_uid * 100 + e.activity_id);
      expect(Number.isInteger(e.time)).toBe(true);
      expect(required.enums.activity_id).toContain(e.activity_id);
      expect(required.enums.severity_id).toContain(e.severity_id);
      expect(required.enums.status_id).toContain(e.status_id);
      expect(required.enums['compliance.status_id']).toContain(e.compliance.status_id);
      expect(e.compliance.standards).toEqual(['HIPAA Security Rule']);
    }
  });

  it('leaves passes out unless asked, and never reports not assessed as passed', () => {
    const events = JSON.parse(renderOcsf(report)) as Record<string, any>[];
    expect(events).toHaveLength(report.findings.filter((f) => f.status !== 'pass').length);
    const na = events.filter((e) => e.compliance.status === 'Warning');
    expect(na).toHaveLength(report.findings.filter((f) => f.status === 'not_assessed').length);
    expect(events.filter((e) => e.status === 'Suppressed')).toHaveLength(report.summary.results.suppressed);
  });
});

describe('JUnit', () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', isArray: (name) => ['testsuite', 'testcase'].includes(name) });

  it('is well-formed XML with the right counts on every suite and the root', () => {
    const xml = renderJunit(report);
    expect(XMLValidator.validate(xml)).toBe(true);
    // eslint-disable-next-line no-control-regex
    expect(xml).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
    const doc = parser.parse(xml) as { testsuites: Record<string, any> };
    const root = doc.testsuites;
    const s = report.summary.results;
    const unsuppressed = (st: string) => report.findings.filter((f) => f.status === st && !f.suppressed).length;
    expect(Number(root.tests)).toBe(report.findings.length);
    expect(Number(root.failures)).toBe(unsuppressed('fail'));
    expect(Number(root.errors)).toBe(unsuppressed('not_assessed'));
    expect(Number(root.skipped)).toBe(s.suppressed);
    expect(root.testsuite).toHaveLength(Object.keys(report.rules).length);
    for (const suite of root.testsuite as Record<string, any>[]) {
      const cases = suite.testcase as Record<string, any>[];
      expect(Number(suite.tests)).toBe(cases.length);
      expect(Number(suite.failures)).toBe(cases.filter((c) => c.failure).length);
      expect(Number(suite.errors)).toBe(cases.filter((c) => c.error).length);
      expect(Number(suite.skipped)).toBe(cases.filter((c) => c.skipped !== undefined).length);
      for (const c of cases) expect(c.classname).toBe(suite.name);
    }
  });

  it('keeps hostile names as text', () => {
    const doc = parser.parse(renderJunit(report)) as { testsuites: { testsuite: Record<string, any>[] } };
    const hostileSuite = doc.testsuites.testsuite.find((s) => s.name === 'test-hostile-echo')!;
    expect(hostileSuite.testcase.some((c: Record<string, any>) => String(c.name).includes('<img src=x onerror=alert(1)>'))).toBe(true);
  });
});

describe('CSV', () => {
  it('round-trips through a CSV parser, one row per finding, with no formula cell', () => {
    const rows = parseCsv(renderCsv(report), { relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(report.findings.length + 1);
    for (const row of rows) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    const h = rows.find((r) => r[6] === HOSTILE)!;
    expect(h).toBeDefined();
    expect(h[12]).toBe("'-Hostile");
    expect(h[8]).toMatch(/^unknown \(|^\d+$/);
  });
});

describe('Markdown', () => {
  it('lets no data through as HTML, a link or an image', () => {
    const out = renderMarkdown(report);
    expect(out).toContain('test-hostile-echo');
    expect(out).not.toMatch(/<img|<script/i);
    expect(out).not.toMatch(/(^|[^\\])\[[^\]]*(^|[^\\])\]\(/);
    expect(out).not.toMatch(/(^|[^\\])`/);
    expect(out).not.toContain('http://');
    expect(out.length).toBeLessThan(MARKDOWN_LIMIT);
  });

  it('stays under the comment limit for 100,000 failures, saying how many are left out', () => {
    const f = report.findings.find((x) => x.status === 'fail' && x.ruleId === 'test-hostile-echo')!;
    const many = Array.from({ length: 100_000 }, (_, i) => ({ ...f, id: `f${i}`, suppressed: undefined, resource: { ...f.resource, id: `r${i}`, name: `${HOSTILE} ${i}` } }));
    const big: Report = { ...report, findings: [...many, ...report.findings] };
    const out = renderMarkdown(big);
    expect(out.length).toBeLessThan(MARKDOWN_LIMIT);
    expect(out).toMatch(/and \d+ more high failures/);
  });
});

describe('evidence pack', () => {
  const dir = mkdtempSync(join(tmpdir(), 'phiguard-evidence-'));
  const files = () => [
    { path: 'report.sarif', content: renderSarif(report) },
    { path: 'report.csv', content: renderCsv(report) },
    { path: 'junit/report.xml', content: Buffer.from(renderJunit(report)) },
  ];

  const entries = zipEntries;
  const rewrite = rewriteZip;

  it('round-trips: the manifest lists every entry with its hash, and verifies', async () => {
    const out = join(dir, 'pack.zip');
    await writeEvidencePack(out, { report, inventory: resources, files: files() });
    const m = await entries(out);
    expect([...m.keys()].sort()).toEqual(
      ['inventory.jsonl.gz', 'manifest.json', 'report.json', 'reports/junit/report.xml', 'reports/report.csv', 'reports/report.sarif'].sort(),
    );
    const manifest = JSON.parse(m.get('manifest.json')!.toString()) as { files: { path: string }[]; scan: object; tool: object };
    expect(manifest.files.map((f) => f.path)).not.toContain('manifest.json');
    expect(manifest.scan).toMatchObject({ startedAt: report.scan.startedAt, finishedAt: report.scan.finishedAt });
    const { gunzipSync } = await import('node:zlib');
    const lines = gunzipSync(m.get('inventory.jsonl.gz')!).toString().trimEnd().split('\n');
    expect(lines).toHaveLength(resources.length);
    expect(JSON.parse(lines[0]!)).toEqual(JSON.parse(JSON.stringify(resources[0])));
    expect(JSON.parse(m.get('report.json')!.toString())).toEqual(JSON.parse(JSON.stringify(report)));
    const v = await verifyEvidencePack(out);
    expect(v).toMatchObject({ ok: true, modified: [], missing: [], added: [] });
  });

  it('names a modified, a missing and an added file', async () => {
    const out = join(dir, 'pack2.zip');
    await writeEvidencePack(out, { report, inventory: resources, files: files() });
    const tampered = join(dir, 'tampered.zip');
    await rewrite(out, tampered, (m) => {
      m.set('reports/report.csv', Buffer.concat([m.get('reports/report.csv')!, Buffer.from('"pass"\r\n')]));
      m.delete('reports/report.sarif');
      m.set('reports/extra.txt', Buffer.from('not from phiguard'));
    });
    const v = await verifyEvidencePack(tampered);
    expect(v).toMatchObject({ ok: false, modified: ['reports/report.csv'], missing: ['reports/report.sarif'], added: ['reports/extra.txt'] });
  });

  it('refuses a file that is not a zip, or a zip with no manifest, with an input error', async () => {
    const { writeFileSync } = await import('node:fs');
    const notZip = join(dir, 'not.zip');
    writeFileSync(notZip, 'hello');
    await expect(verifyEvidencePack(notZip)).rejects.toBeInstanceOf(InputError);
    await expect(verifyEvidencePack(join(dir, 'absent.zip'))).rejects.toBeInstanceOf(InputError);
    const out = join(dir, 'pack3.zip');
    await writeEvidencePack(out, { report, inventory: [], files: [] });
    const bare = join(dir, 'bare.zip');
    await rewrite(out, bare, (m) => m.delete('manifest.json'));
    await expect(verifyEvidencePack(bare)).rejects.toThrow(/no manifest\.json/);
  });

  it('refuses a report file name that would leave reports/', async () => {
    await expect(writeEvidencePack(join(dir, 'x.zip'), { report, inventory: [], files: [{ path: '../escape', content: 'x' }] })).rejects.toBeInstanceOf(InputError);
  });
});
