import { describe, expect, it } from 'vitest';
import { type Config, DEFAULT_CONFIG } from '../config/schema.js';
import { unknown } from '../model/unknown.js';
import { defineRule } from '../rules/define.js';
import { fail, pass } from '../rules/result.js';
import { resource } from '../rules/test-support/fixtures.js';
import { findingId } from './evaluate.js';
import { Inventory } from './inventory.js';
import { runScan } from './scan.js';
import { versioningRule } from '../rules/test-support/versioning-rule.js';

const versioning = versioningRule({ severity: 'medium', hipaa: ['164.308(a)(7)(ii)(A)', '164.312(c)(1)'], remediation: { text: 'enable versioning' } });

const exploding = defineRule({
  meta: { ...versioning.meta, id: 'test-exploding', severity: 'critical', hipaa: ['164.312(b)'] },
  evaluate() {
    throw new Error('boom');
  },
});

const good = resource('AWS::S3::Bucket', {}, { name: 'good', id: 'arn:aws:s3:::good', tags: { phi: 'true' } });
const bad = resource('AWS::S3::Bucket', { versioning: 'Suspended' }, { name: 'bad', id: 'arn:aws:s3:::bad' });
const blind = resource('AWS::S3::Bucket', { versioning: unknown('AccessDenied on s3:GetBucketVersioning') }, { name: 'blind', id: 'arn:aws:s3:::blind' });

function scan(config: Partial<Config> = {}, extra: { phiOnly?: boolean; rules?: typeof versioning[] } = {}) {
  return runScan({
    inventory: new Inventory([good, bad, blind]),
    rules: extra.rules ?? [versioning],
    config: { ...DEFAULT_CONFIG, ...config },
    scope: { kind: 'aws', accounts: ['111122223333'], regions: ['us-east-1'], paths: [] },
    problems: [],
    startedAt: new Date('2026-11-23T00:00:00Z'),
    phiOnly: extra.phiOnly ?? false,
    today: '2026-11-23',
  });
}

describe('scan', () => {
  it('judges every resource and orders failures first', () => {
    const r = scan();
    expect(r.findings.map((f) => [f.resource.name, f.status])).toEqual([
      ['bad', 'fail'],
      ['blind', 'not_assessed'],
      ['good', 'pass'],
    ]);
    expect(r.summary.results).toEqual({ pass: 1, fail: 1, not_assessed: 1, suppressed: 0 });
    expect(r.findings[1]!.reason).toMatch(/AccessDenied on s3:GetBucketVersioning/);
  });

  it('gives findings ids that survive a rescan and differ per rule and resource', () => {
    const a = scan().findings.map((f) => f.id);
    const b = scan().findings.map((f) => f.id);
    expect(a).toEqual(b);
    expect(new Set(a).size).toBe(3);
    expect(findingId('test-versioning', bad)).not.toBe(findingId('other-rule', bad));
  });

  it('exits failed only for failures at or above the threshold', () => {
    expect(scan({ failOn: 'high' }).summary.failed).toBe(false);
    expect(scan({ failOn: 'medium' }).summary.failed).toBe(true);
    expect(scan({ failOn: 'none' }).summary.failed).toBe(false);
  });

  it('an active suppression hides a failure but keeps it listed with its reason', () => {
    const r = scan({
      failOn: 'medium',
      suppressions: [{ rule: 'test-versioning', resource: 'arn:aws:s3:::b*', reason: 'accepted by the CISO until migration', expires: '2027-01-01' }],
    });
    const f = r.findings.find((x) => x.resource.name === 'bad')!;
    expect(f.status).toBe('fail');
    expect(f.suppressed?.reason).toBe('accepted by the CISO until migration');
    // the pattern also covers "blind", whose not_assessed result is suppressed too
    expect(r.summary.results.suppressed).toBe(2);
    expect(r.summary.failed).toBe(false);
    expect(r.suppressions[0]).toMatchObject({ state: 'active', matched: 2 });
  });

  it('an expired suppression turns back into a finding and is listed as expired', () => {
    const r = scan({
      failOn: 'medium',
      suppressions: [{ rule: 'test-versioning', resource: 'arn:aws:s3:::bad', reason: 'accepted by the CISO until migration', expires: '2026-11-01' }],
    });
    expect(r.findings.find((x) => x.resource.name === 'bad')!.suppressed).toBeUndefined();
    expect(r.summary.failed).toBe(true);
    expect(r.suppressions[0]).toMatchObject({ state: 'expired', matched: 1 });
  });

  it('never suppresses a pass, and a suppression matches by name too', () => {
    const r = scan({ suppressions: [{ rule: '*', resource: 'good', reason: 'does not matter at all' }] });
    expect(r.findings.find((x) => x.resource.name === 'good')!.suppressed).toBeUndefined();
  });

  it('--phi-only judges only resources in PHI scope', () => {
    const r = scan({}, { phiOnly: true });
    expect(r.findings.map((f) => f.resource.name)).toEqual(['good']);
    expect(r.findings[0]!.phi).toBe(true);
  });

  it('a rule that throws yields not_assessed, never a pass, and the scan goes on', () => {
    const r = scan({}, { rules: [versioning, exploding as typeof versioning] });
    const boom = r.findings.filter((f) => f.ruleId === 'test-exploding');
    expect(boom).toHaveLength(3);
    expect(boom.every((f) => f.status === 'not_assessed' && /boom/.test(f.reason!))).toBe(true);
    expect(r.findings.filter((f) => f.ruleId === 'test-versioning')).toHaveLength(3);
  });

  it('rolls HIPAA nodes up from the rules that cite them; nodes no rule cites are manual', () => {
    const r = scan();
    const node = (id: string) => r.hipaa.nodes.find((n) => n.id === id)!;
    expect(node('164.312(c)(1)')).toMatchObject({ status: 'fail', counts: { pass: 1, fail: 1, not_assessed: 1 } });
    expect(node('164.308(a)(5)(ii)(A)').status).toBe('manual');
    const s312 = r.hipaa.sections.find((s) => s.id === '164.312')!;
    // one result per resource for the section, though it cites one node there
    expect(s312.results).toEqual({ pass: 1, fail: 1, not_assessed: 1, suppressed: 0 });
    const s308 = r.hipaa.sections.find((s) => s.id === '164.308')!;
    expect(s308.nodes.fail).toBe(1);
    expect(s308.nodes.pass).toBe(0);
  });

  it('a node whose rules found nothing to judge is not_applicable, not passed', () => {
    const r = runScan({
      inventory: new Inventory([]),
      rules: [versioning],
      config: DEFAULT_CONFIG,
      scope: { kind: 'iac', accounts: [], regions: [], paths: ['x'] },
      problems: [],
      startedAt: new Date(),
    });
    expect(r.hipaa.nodes.find((n) => n.id === '164.312(c)(1)')!.status).toBe('not_applicable');
  });

  it('skips rules disabled in the config and validates rule options', () => {
    expect(scan({ rules: { 'test-versioning': false } }).findings).toHaveLength(0);
    expect(() => scan({ rules: { 'test-versioning': { options: { x: 1 } } } })).toThrow(/takes no options/);
    const sev = scan({ rules: { 'test-versioning': { severity: 'critical' } } });
    expect(sev.findings[0]!.severity).toBe('critical');
  });
});
