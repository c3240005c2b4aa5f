import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema.js';
import { Inventory } from '../engine/inventory.js';
import { runScan } from '../engine/scan.js';
import { unknown } from '../model/unknown.js';
import { resource } from '../rules/test-support/fixtures.js';
import { OCSF_VERSION, renderOcsf } from './ocsf.js';
import { versioningRule } from '../rules/test-support/versioning-rule.js';

const rule = versioningRule({ severity: 'critical', hipaa: ['164.312(c)(1)', '164.308(a)(7)(ii)(A)'], sources: ['live'] });

const report = runScan({
  inventory: new Inventory([
    resource('AWS::S3::Bucket', {}, { id: 'arn:aws-us-gov:s3:::good', name: 'good', tags: { phi: 'true' } }),
    resource('AWS::S3::Bucket', { versioning: 'Suspended' }, { id: 'arn:aws:s3:::bad', name: 'bad', account: unknown('not declared') }),
    resource('AWS::S3::Bucket', { versioning: unknown('AccessDenied') }, { id: 'arn:aws:s3:::blind', name: 'blind' }),
  ]),
  rules: [rule],
  config: DEFAULT_CONFIG,
  scope: { kind: 'aws', accounts: [], regions: [], paths: [] },
  problems: [],
  startedAt: new Date('2026-11-23T00:00:00Z'),
});

type Ev = Record<string, any>;

describe('ocsf', () => {
  const events = JSON.parse(renderOcsf(report)) as Ev[];

  it('emits a Compliance Finding per result that needs action', () => {
    expect(events).toHaveLength(2);
    const bad = events.find((e) => e.resources[0].uid === 'arn:aws:s3:::bad')!;
    expect(bad).toMatchObject({
      class_uid: 2003,
      category_uid: 2,
      activity_id: 1,
      type_uid: 200301,
      severity_id: 5,
      severity: 'Critical',
      status_id: 1,
      metadata: { version: OCSF_VERSION, product: { name: 'phiguard' } },
      finding_info: { title: 'Bucket keeps versions', desc: 'versioning is Suspended' },
      compliance: { standards: ['HIPAA Security Rule'], requirements: ['164.312(c)(1)', '164.308(a)(7)(ii)(A)'], control: 'test-versioning', status_id: 3, status: 'Fail' },
      cloud: { provider: 'AWS', region: 'us-east-1' },
      remediation: { desc: 'Enable versioning.' },
      unmapped: { unknown: { account: 'not declared' } },
    });
    expect(bad.cloud.account).toBeUndefined();
    expect(bad.time).toBe(Date.parse(report.scan.finishedAt));
  });

  it('maps not assessed to Warning with the reason, and passes only on request', () => {
    const blind = events.find((e) => e.resources[0].uid === 'arn:aws:s3:::blind')!;
    expect(blind.compliance).toMatchObject({ status_id: 2, status: 'Warning', status_detail: 'versioning is unknown: AccessDenied' });
    const all = JSON.parse(renderOcsf(report, { includePass: true })) as Ev[];
    const good = all.find((e) => e.compliance.status === 'Pass')!;
    expect(good.resources[0]).toMatchObject({ cloud_partition: 'aws-us-gov', labels: ['phi=true'] });
  });
});
