import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema.js';
import { Inventory } from '../engine/inventory.js';
import { runScan } from '../engine/scan.js';
import { unknown } from '../model/unknown.js';
import { resource } from '../rules/test-support/fixtures.js';
import { renderJunit, xmlAttr, xmlText } from './junit.js';
import { versioningRule } from '../rules/test-support/versioning-rule.js';

const rule = versioningRule({ sources: ['live'] });

const report = runScan({
  inventory: new Inventory([
    resource('AWS::S3::Bucket', {}, { id: 'arn:aws:s3:::good', name: 'good' }),
    resource('AWS::S3::Bucket', { versioning: 'Suspended' }, { id: 'arn:aws:s3:::bad', name: 'bad\u0000<b>' }),
    resource('AWS::S3::Bucket', { versioning: unknown('AccessDenied') }, { id: 'arn:aws:s3:::blind', name: 'blind' }),
    resource('AWS::S3::Bucket', { versioning: 'Suspended' }, { id: 'arn:aws:s3:::ok-ish', name: 'ok-ish' }),
  ]),
  rules: [rule],
  config: { ...DEFAULT_CONFIG, suppressions: [{ rule: '*', resource: 'ok-ish', reason: 'migrating in Q1', expires: '2099-01-01' }] },
  scope: { kind: 'aws', accounts: [], regions: [], paths: [] },
  problems: [],
  startedAt: new Date('2026-11-23T00:00:00Z'),
  today: '2026-11-23',
});

describe('junit', () => {
  const xml = renderJunit(report);

  it('counts a failure, an error for not assessed, and a skip for the exception', () => {
    expect(xml).toMatch(/<testsuites [^>]*tests="4" failures="1" errors="1" skipped="1"/);
    expect(xml).toMatch(/<testsuite name="test-versioning" tests="4" failures="1" errors="1" skipped="1"/);
    expect(xml).toMatch(/<failure message="versioning is Suspended" type="high">[^<]*Fix: Enable versioning\./);
    expect(xml).toMatch(/<error message="not assessed: versioning is unknown: AccessDenied" type="not_assessed">/);
    expect(xml).toMatch(/<skipped message="suppressed: migrating in Q1 until 2099-01-01"\/>/);
    expect(xml).toMatch(/<testcase classname="test-versioning" name="AWS::S3::Bucket good arn:aws:s3:::good" time="0"\/>/);
  });

  it('never emits a character XML 1.0 forbids, and escapes markup', () => {
    expect(xml).not.toContain('\u0000');
    expect(xml).toContain('bad\\u0000&lt;b&gt;');
    expect(xmlText('a\u0001b\ud800c\uffff')).toBe('a\\u0001b\\ud800c\\uffff');
    expect(xmlAttr(`"'\n<&`)).toBe('&quot;&apos;&#10;&lt;&amp;');
    expect(xmlText('😀')).toBe('😀');
  });
});
