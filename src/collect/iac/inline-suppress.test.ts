import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../../config/schema.js';
import { Inventory } from '../../engine/inventory.js';
import { runScan } from '../../engine/scan.js';
import type { AnyResource } from '../../model/resource.js';
import versioning from '../../rules/aws/s3/aws-s3-bucket-versioning-enabled.js';
import { parseCloudFormation } from './cloudformation/index.js';
import { parseDirective } from './inline-suppress.js';
import { collectIac } from './index.js';

const scan = (resources: AnyResource[], today = '2026-11-23') =>
  runScan({
    inventory: new Inventory(resources),
    rules: [versioning],
    config: DEFAULT_CONFIG,
    scope: { kind: 'iac', accounts: [], regions: [], paths: [] },
    problems: [],
    startedAt: new Date('2026-11-23T10:00:00Z'),
    today,
  });

const byName = (r: ReturnType<typeof scan>, name: string) => r.findings.find((f) => f.resource.name === name || f.resource.location?.address === name)!;

describe('parseDirective', () => {
  it.each([
    ['aws-a-b -- a good long reason', { rules: ['aws-a-b'], reason: 'a good long reason' }],
    ['aws-a-b,aws-c-d expires=2027-01-31 -- shared reason here', { rules: ['aws-a-b', 'aws-c-d'], reason: 'shared reason here', expires: '2027-01-31' }],
    ['aws-a-b', { rules: ['aws-a-b'] }],
    ['expires=2027-13-45 aws-a-b -- x', { error: 'expires must be a date YYYY-MM-DD, not "2027-13-45"' }],
    ['Not_A_Rule -- whatever reason', { error: '"Not_A_Rule" is not a rule id' }],
    [' -- reason without rule', { error: 'names no rule' }],
  ])('%s', (body, expected) => {
    expect(parseDirective(body)).toEqual(expected);
  });
});

describe('inline suppressions in CloudFormation', () => {
  const template = `Resources:
  # phiguard:suppress aws-s3-bucket-versioning-enabled expires=2027-06-30 -- scratch bucket, rebuilt nightly
  ScratchBucket:
    Type: AWS::S3::Bucket
  InsideBucket:
    Type: AWS::S3::Bucket
    Properties:
      # phiguard:suppress aws-s3-bucket-versioning-enabled -- exports replaced daily by the ETL
      BucketName: exports
  MetaBucket:
    Type: AWS::S3::Bucket
    Metadata:
      phiguard:
        suppress:
          - rule: aws-s3-bucket-versioning-enabled
            reason: build cache, safe to lose
  PlainBucket:
    Type: AWS::S3::Bucket
`;

  it('excuses the resource the comment sits in or above, and the one its Metadata names, and nothing else', () => {
    const parsed = parseCloudFormation('t.yaml', template);
    expect(parsed.problems).toEqual([]);
    const report = scan(parsed.resources);
    expect(byName(report, 'ScratchBucket').suppressed).toEqual({
      rule: 'aws-s3-bucket-versioning-enabled',
      resource: 't.yaml#ScratchBucket',
      reason: 'scratch bucket, rebuilt nightly',
      expires: '2027-06-30',
      source: 't.yaml:3',
    });
    expect(byName(report, 'exports').suppressed?.reason).toBe('exports replaced daily by the ETL');
    expect(byName(report, 'MetaBucket').suppressed?.reason).toBe('build cache, safe to lose');
    expect(byName(report, 'PlainBucket').suppressed).toBeUndefined();
    expect(report.summary.results).toMatchObject({ fail: 1, suppressed: 3 });
  });

  it('lets an expired one count again and lists it as expired', () => {
    const report = scan(parseCloudFormation('t.yaml', template).resources, '2027-07-01');
    expect(byName(report, 'ScratchBucket').suppressed).toBeUndefined();
    expect(report.suppressions.find((s) => s.resource === 't.yaml#ScratchBucket')).toMatchObject({ state: 'expired', matched: 1, source: 't.yaml:3' });
  });

  it('reports a reasonless or malformed one with its line, and excuses nothing with it', () => {
    const bad = `Resources:
  Bucket:
    Type: AWS::S3::Bucket
    # phiguard:suppress aws-s3-bucket-versioning-enabled
  Other:
    Type: AWS::S3::Bucket
    Metadata:
      phiguard:
        suppress:
          - rule: aws-s3-bucket-versioning-enabled
            reason: short
`;
    const parsed = parseCloudFormation('bad.yaml', bad);
    expect(parsed.problems).toEqual([
      { source: 'bad.yaml', line: 5, column: 3, message: 'Other: Metadata.phiguard.suppress for aws-s3-bucket-versioning-enabled needs a reason of at least 10 characters; it excuses nothing' },
      { source: 'bad.yaml', line: 4, message: 'phiguard:suppress needs a reason of at least 10 characters after " -- "; it excuses nothing' },
    ]);
    expect(scan(parsed.resources).summary.results).toMatchObject({ fail: 2, suppressed: 0 });
  });
});

describe('inline suppressions in Terraform', () => {
  it('excuses every instance of the resource block it sits in or above, and reports a stray one', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phiguard-inline-'));
    writeFileSync(join(dir, 'main.tf'), mainTf);
    const result = await collectIac([dir]);
    const file = `${dir.split(sep).join('/')}/main.tf`;
    expect(result.problems).toEqual([
      { source: file, line: 17, message: 'phiguard:suppress aws-s3-bucket-versioning-enabled is not inside or directly above a resource phiguard checks; it excuses nothing' },
    ]);
    const report = scan(result.resources);
    const suppressed = report.findings.filter((f) => f.suppressed).map((f) => f.resource.name).sort();
    expect(suppressed).toEqual(['above', 'scratch-0', 'scratch-1']);
    expect(byName(report, 'plain').suppressed).toBeUndefined();
  });
});

const mainTf = `
resource "aws_s3_bucket" "scratch" {
  # phiguard:suppress aws-s3-bucket-versioning-enabled -- scratch space for the nightly ETL
  count  = 2
  bucket = "scratch-\${count.index}"
}

// phiguard:suppress aws-s3-bucket-versioning-enabled -- above the block counts too
resource "aws_s3_bucket" "above" {
  bucket = "above"
}

resource "aws_s3_bucket" "plain" {
  bucket = "plain"
}

# phiguard:suppress aws-s3-bucket-versioning-enabled -- this one is above nothing

`;
