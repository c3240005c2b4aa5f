import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { looksLikeTerraformPlan, parseTerraformPlan } from './index.js';
import { byAddress } from './test-support/index.js';

const FILE = 'src/collect/iac/terraform/__fixtures__/plan/phi-plan.json';
const TEXT = readFileSync(FILE, 'utf8');
const AFTER_APPLY = unknown('known only after apply');

describe('looksLikeTerraformPlan', () => {
  it('recognises plan JSON and nothing else', () => {
    expect(looksLikeTerraformPlan(TEXT)).toBe(true);
    expect(looksLikeTerraformPlan('{"AWSTemplateFormatVersion": "2010-09-09", "Resources": {}}')).toBe(false);
    // A state file (`terraform show -json` without a plan) has values, not planned values.
    expect(looksLikeTerraformPlan('{"format_version": "1.0", "values": {"root_module": {}}}')).toBe(false);
  });
});

describe('parseTerraformPlan', () => {
  const r = parseTerraformPlan(FILE, TEXT);

  it('reads managed resources of planned_values, with plan origins and ids', () => {
    expect(r.problems).toEqual([]);
    expect(r.resources.map((x) => x.id).sort()).toEqual(
      [
        'aws_cloudtrail.main',
        'aws_cloudwatch_log_group.app',
        'aws_kms_key.legacy',
        'aws_kms_key.phi',
        'aws_s3_bucket.phi',
        'module.archive.aws_s3_bucket.this[0]',
      ].map((a) => `${FILE}#${a}`),
    );
    const b = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.phi');
    expect(b.origin).toEqual({ kind: 'iac', format: 'terraform-plan', file: FILE, address: 'aws_s3_bucket.phi' });
    expect(b.tags).toEqual({ Name: 'phi', Owner: 'platform' });
  });

  it('joins split S3 resources through references known only after apply', () => {
    const b = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.phi');
    expect(b.props).toEqual({
      bucketName: 'acme-phi-prod',
      encryption: { algorithm: 'aws:kms', kmsKeyId: `ref:${FILE}#aws_kms_key.phi`, bucketKeyEnabled: true, source: 'declared' },
      // A policy built from another resource's attributes is not known before apply.
      policy: AFTER_APPLY,
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
      // The v3 inline settings the provider computes but the configuration never wrote are not read.
      aclPublicGrants: [],
      versioning: 'Disabled',
      logging: null,
      objectOwnership: 'BucketOwnerEnforced',
      aclGrantsBeyondOwner: [],
      objectLock: null,
      replication: null,
      eventNotifications: [],
      lifecycleRules: [],
    });
    expect(b.refs).toEqual([`ref:${FILE}#aws_s3_bucket.phi`, 'acme-phi-prod', 'arn:aws:s3:::acme-phi-prod']);
  });

  it('scopes tokens to module instances, counted instances included', () => {
    const a = byAddress(r, 'AWS::S3::Bucket', 'module.archive.aws_s3_bucket.this[0]');
    expect(a.props.versioning).toBe('Enabled');
    expect(a.refs).toContain(`ref:${FILE}::module.archive#aws_s3_bucket.this[0]`);
  });

  it('joins aliases to new keys by token and to existing keys by their known id', () => {
    const phi = byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.phi');
    expect(phi.props).toEqual({
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyState: 'Enabled',
      keyOrigin: 'AWS_KMS',
      rotationEnabled: true,
      rotationPeriodDays: 180,
      aliases: ['alias/phi-data'],
      // Not written: the provider computes the default key policy.
      policy: null,
    });
    const legacy = byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.legacy');
    expect(legacy.props.aliases).toEqual(['alias/legacy']);
    expect(legacy.props.rotationEnabled).toBe(false);
    expect(legacy.props.rotationPeriodDays).toBeNull();
    expect(legacy.props.keyOrigin).toBe('AWS_KMS');
    expect(legacy.props.policy).toMatchObject({ statements: [{ sid: 'Enable IAM User Permissions', effect: 'Allow' }] });
    expect(legacy.refs).toEqual(
      expect.arrayContaining([
        'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab',
        '1234abcd-12ab-34cd-56ef-1234567890ab',
        'alias/legacy',
      ]),
    );
  });

  it('maps the trail, its selectors and its references', () => {
    const t = byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.main');
    expect(t.props).toMatchObject({
      trailName: 'phi-trail',
      isMultiRegion: true,
      isOrganizationTrail: false,
      isLogging: true,
      logFileValidation: true,
      kmsKeyId: `ref:${FILE}#aws_kms_key.phi`,
      cloudWatchLogsLogGroupArn: `ref:${FILE}#aws_cloudwatch_log_group.app`,
      s3BucketName: `ref:${FILE}#aws_s3_bucket.phi`,
      s3DataEvents: [{ readWrite: 'All', resources: ['arn:aws:s3:::acme-phi-prod/'], excluded: [] }],
    });
    expect(t.tags).toEqual(AFTER_APPLY);
  });

  it('maps log groups with retention 0 as never expire', () => {
    const lg = byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.app');
    expect(lg.props).toEqual({ logGroupName: '/phi/app', retentionInDays: null, kmsKeyId: `ref:${FILE}#aws_kms_key.phi` });
    expect(lg.refs).toContain(`ref:${FILE}#aws_cloudwatch_log_group.app`);
  });

  it('keeps unknown a reference that names more than one thing', () => {
    const plan = JSON.parse(TEXT) as { configuration: { root_module: { resources: { address: string; expressions: Record<string, unknown> }[] } } };
    const lg = plan.configuration.root_module.resources.find((x) => x.address === 'aws_cloudwatch_log_group.app')!;
    lg.expressions.kms_key_id = { references: ['var.prefix', 'aws_kms_key.phi.arn', 'aws_kms_key.phi'] };
    const again = parseTerraformPlan(FILE, JSON.stringify(plan));
    expect(byAddress(again, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.app').props.kmsKeyId).toEqual(AFTER_APPLY);
  });

  it('reports invalid JSON with its line', () => {
    const bad = parseTerraformPlan('bad.json', '{\n  "format_version": "1.2",\n  "planned_values": {,\n}');
    expect(bad.resources).toEqual([]);
    expect(bad.problems).toHaveLength(1);
    expect(bad.problems[0]).toMatchObject({ source: 'bad.json', line: 3 });
  });

  it('reports JSON that is not a plan', () => {
    expect(parseTerraformPlan('x.json', '{"format_version": "1.2"}').problems).toEqual([
      { source: 'x.json', message: 'Terraform plan has no planned_values.root_module' },
    ]);
  });
});
