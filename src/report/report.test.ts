import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema.js';
import { Inventory } from '../engine/inventory.js';
import { runScan } from '../engine/scan.js';
import { fail } from '../rules/result.js';
import { resource } from '../rules/test-support/fixtures.js';
import { renderJson } from './json.js';
import { REPORT_SCHEMA_VERSION } from './model.js';
import { renderSarif } from './sarif.js';
import { renderTerminal } from './terminal.js';
import { versioningRule } from '../rules/test-support/versioning-rule.js';

const rule = versioningRule({ remediation: { text: 'Enable versioning.', cli: 'aws s3api put-bucket-versioning --bucket B --versioning-configuration Status=Enabled' } });

const HOSTILE = '\u001b[2J\u001b]0;pwned\u0007<img src=x onerror=alert(1)>';
const iac = resource(
  'AWS::S3::Bucket',
  { versioning: 'Disabled' },
  {
    id: 'stack.yaml#Records',
    name: HOSTILE,
    tags: { owner: '=HYPERLINK("http://x")' },
    origin: { kind: 'iac', format: 'cloudformation', file: 'infra/stack.yaml', line: 12, column: 3, address: 'Records' },
  },
);
const live = resource('AWS::S3::Bucket', {}, { id: 'arn:aws:s3:::ok', name: 'ok' });

function report() {
  return runScan({
    inventory: new Inventory([iac, live]),
    rules: [rule],
    config: DEFAULT_CONFIG,
    scope: { kind: 'iac', accounts: [], regions: [], paths: ['infra/'] },
    problems: [{ source: 'infra/broken.yaml', line: 4, message: 'invalid YAML: bad indentation' }],
    startedAt: new Date('2026-11-23T10:00:00Z'),
  });
}

describe('terminal report', () => {
  const out = renderTerminal(report(), { color: false });

  it('summarises by HIPAA section, then failures with resource, location, evidence and fix', () => {
    expect(out).toMatch(/164\.312 Technical safeguards/);
    expect(out).toMatch(/HIGH \(1\)/);
    expect(out).toMatch(/infra\/stack\.yaml:12 \(Records\)/);
    expect(out).toMatch(/versioning = "Disabled"|versioning = Disabled/);
    expect(out).toMatch(/fix +Enable versioning\./);
    expect(out).toMatch(/FAIL: 1 failure\(s\) at or above high/);
  });

  it('lists input problems with file and line', () => {
    expect(out).toMatch(/infra\/broken\.yaml:4: invalid YAML: bad indentation/);
  });

  it('never lets a hostile name reach the terminal as control sequences', () => {
    expect(out).not.toContain('\u001b');
    expect(out).not.toContain('\u0007');
    expect(out).toContain('\\u001b[2J');
  });

  it('colours only when asked', () => {
    expect(renderTerminal(report(), { color: true })).toContain('\u001b[');
  });
});

describe('JSON report', () => {
  it('is the versioned report object', () => {
    const parsed = JSON.parse(renderJson(report()));
    expect(parsed.schemaVersion).toBe(REPORT_SCHEMA_VERSION);
    expect(parsed.graph).toEqual({ nodes: [], edges: [] });
    expect(parsed.findings).toHaveLength(2);
    expect(parsed.findings[0].resource.name).toBe(HOSTILE);
    expect(parsed.rules['test-versioning'].remediation.cli).toMatch(/put-bucket-versioning/);
    expect(parsed.problems[0]).toEqual({ source: 'infra/broken.yaml', line: 4, message: 'invalid YAML: bad indentation' });
  });
});

describe('SARIF report', () => {
  const sarif = JSON.parse(renderSarif(report()));
  const run = sarif.runs[0];

  it('is SARIF 2.1.0 with the rule described once, with help and HIPAA tags', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(run.tool.driver.name).toBe('phiguard');
    expect(run.tool.driver.rules).toHaveLength(1);
    expect(run.tool.driver.rules[0].properties.tags).toContain('HIPAA-164.312(c)(1)');
    expect(run.tool.driver.rules[0].properties['security-severity']).toBe('8.0');
  });

  it('reports failures with file, line and column; leaves passes out', () => {
    expect(run.results).toHaveLength(1);
    const res = run.results[0];
    expect(res).toMatchObject({ ruleId: 'test-versioning', ruleIndex: 0, kind: 'fail', level: 'error' });
    expect(res.locations[0].physicalLocation).toEqual({
      artifactLocation: { uri: 'infra/stack.yaml', uriBaseId: '%SRCROOT%' },
      region: { startLine: 12, startColumn: 3 },
    });
    expect(res.partialFingerprints['phiguardFinding/v1']).toMatch(/^[0-9a-f]{24}$/);
  });

  it('reports unreadable inputs as notifications with their line', () => {
    const n = run.invocations[0].toolExecutionNotifications[0];
    expect(n.locations[0].physicalLocation.region.startLine).toBe(4);
  });
});
