import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AnyResource } from '../model/resource.js';

/**
 * Synthetic estates for the benchmarks: the same mix of good and bad resources the rules
 * judge (buckets with policies, keys with aliases, log groups, trails), at any size.
 */

/** A CloudFormation YAML template of about `n` resources. */
export function cloudFormationTemplate(n: number): string {
  const out = ['AWSTemplateFormatVersion: "2010-09-09"', 'Parameters:', '  Env:', '    Type: String', '    Default: prod', 'Resources:'];
  for (let i = 0; i < n; i += 5) {
    out.push(
      `  Key${i}:`, '    Type: AWS::KMS::Key', '    Properties:', `      EnableKeyRotation: ${i % 2 === 0}`,
      `  Alias${i}:`, '    Type: AWS::KMS::Alias', '    Properties:', `      AliasName: alias/app-${i}`, `      TargetKeyId: !Ref Key${i}`,
      `  Bucket${i}:`, '    Type: AWS::S3::Bucket', '    Properties:', `      BucketName: !Sub "app-${i}-\${Env}"`,
      '      BucketEncryption:', '        ServerSideEncryptionConfiguration:', '          - ServerSideEncryptionByDefault:',
      '              SSEAlgorithm: aws:kms', `              KMSMasterKeyID: !GetAtt Key${i}.Arn`,
      '      VersioningConfiguration:', `        Status: ${i % 3 === 0 ? 'Suspended' : 'Enabled'}`,
      '      Tags:', '        - Key: phi', `          Value: "${i % 4 === 0}"`,
      `  Policy${i}:`, '    Type: AWS::S3::BucketPolicy', '    Properties:', `      Bucket: !Ref Bucket${i}`, '      PolicyDocument:',
      '        Statement:', '          - Effect: Deny', '            Principal: "*"', '            Action: "s3:*"',
      `            Resource: !Sub "\${Bucket${i}.Arn}/*"`, '            Condition: { Bool: { "aws:SecureTransport": "false" } }',
      `  Logs${i}:`, '    Type: AWS::Logs::LogGroup', '    Properties:', `      LogGroupName: /app/${i}`, `      RetentionInDays: ${i % 2 ? 2192 : 30}`,
    );
  }
  return `${out.join('\n')}\n`;
}

function tfResources(i: number): string {
  return `
resource "aws_kms_key" "k${i}" {
  enable_key_rotation = ${i % 2 === 0}
}

resource "aws_s3_bucket" "b${i}" {
  bucket = "\${var.prefix}-${i}"
  tags   = { phi = "${i % 4 === 0}" }
}

resource "aws_s3_bucket_server_side_encryption_configuration" "b${i}" {
  bucket = aws_s3_bucket.b${i}.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k${i}.arn
    }
  }
}

resource "aws_s3_bucket_versioning" "b${i}" {
  bucket = aws_s3_bucket.b${i}.id
  versioning_configuration { status = "${i % 3 === 0 ? 'Suspended' : 'Enabled'}" }
}

resource "aws_cloudwatch_log_group" "l${i}" {
  name              = "/app/${i}"
  retention_in_days = ${i % 2 ? 2192 : 30}
}
`;
}

/**
 * A Terraform tree of about `n` resources: root modules of `filesPerDir` files, five
 * resources a group, `groupsPerFile` groups a file. Returns the directory.
 */
export function terraformTree(root: string, n: number, groupsPerFile = 2, filesPerDir = 20): { dir: string; files: string[] } {
  const files: string[] = [];
  let i = 0;
  let f = 0;
  while (i * 5 < n) {
    const dir = join(root, `stack-${Math.floor(f / filesPerDir)}`);
    mkdirSync(dir, { recursive: true });
    if (f % filesPerDir === 0) writeFileSync(join(dir, 'variables.tf'), 'variable "prefix" {\n  default = "app"\n}\n');
    let text = '';
    for (let g = 0; g < groupsPerFile && i * 5 < n; g++, i++) text += tfResources(i);
    const file = join(dir, `main-${f}.tf`);
    writeFileSync(file, text);
    files.push(file);
    f++;
  }
  return { dir: root, files };
}

/**
 * A live-shaped inventory of `n` resources as JSON lines, spread over accounts of about a
 * thousand resources each as an organization's would be: per account one trail, and
 * buckets, keys and log groups in equal parts.
 */
export function* inventoryLines(n: number, perAccount = 1000): Generator<string> {
  const region = 'us-east-1';
  for (let start = 0; start < n; start += perAccount) {
    const acct = String(100000000000 + start / perAccount);
    const base = { provider: 'aws', account: acct, region, origin: { kind: 'live', calls: ['bench:Generate'] } };
    yield JSON.stringify({ ...base, type: 'AWS::Account', id: `arn:aws:iam::${acct}:root`, name: acct, tags: {}, props: { accountId: acct, regions: [region] } });
    const trail = `trail-${acct}`;
    yield JSON.stringify({
      ...base, type: 'AWS::CloudTrail::Trail', id: `arn:aws:cloudtrail:${region}:${acct}:trail/${trail}`, name: trail, tags: {},
      props: {
        trailName: trail, isMultiRegion: true, isOrganizationTrail: false, isLogging: true, logFileValidation: start % 2000 === 0,
        kmsKeyId: null, cloudWatchLogsLogGroupArn: null, s3BucketName: 'audit', s3KeyPrefix: null, homeRegion: region,
        eventSelectors: [{ category: 'Management', readWrite: 'All', resourceTypes: [], eventSources: [], excludedEventSources: [], narrowed: false }],
        s3DataEvents: [{ readWrite: 'All', resources: [`arn:aws:s3:::bucket-${start + 3}/`], excluded: [] }],
      },
    });
    for (let i = start + 2; i < Math.min(n, start + perAccount); i++) {
      const kind = i % 3;
      let r: Partial<AnyResource>;
      if (kind === 0) {
        const name = `bucket-${i}`;
        r = {
          type: 'AWS::S3::Bucket', id: `arn:aws:s3:::${name}`, name, tags: { phi: String(i % 6 === 0) }, refs: [name],
          props: {
            bucketName: name,
            encryption: { algorithm: i % 4 ? 'aws:kms' : 'AES256', kmsKeyId: `arn:aws:kms:${region}:${acct}:key/k-${i + 1}`, bucketKeyEnabled: true, source: 'declared' },
            policy: null,
            publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: i % 5 !== 0 },
            aclPublicGrants: [],
            versioning: i % 4 ? 'Enabled' : 'Suspended',
            logging: null,
            objectOwnership: 'BucketOwnerEnforced',
            aclGrantsBeyondOwner: [],
            objectLock: null,
            replication: i % 7 ? null : [`arn:aws:s3:::replica-${i}`],
            eventNotifications: [],
            lifecycleRules: [],
          },
        } as Partial<AnyResource>;
      } else if (kind === 1) {
        const id = `k-${i}`;
        r = {
          type: 'AWS::KMS::Key', id: `arn:aws:kms:${region}:${acct}:key/${id}`, name: id, tags: {}, refs: [id],
          props: { keyManager: 'CUSTOMER', keySpec: 'SYMMETRIC_DEFAULT', keyState: 'Enabled', keyOrigin: 'AWS_KMS', rotationEnabled: i % 2 === 0, rotationPeriodDays: 365, aliases: [], policy: null },
        } as Partial<AnyResource>;
      } else {
        const name = `/app/${i}`;
        r = {
          type: 'AWS::Logs::LogGroup', id: `arn:aws:logs:${region}:${acct}:log-group:${name}`, name, tags: {},
          props: { logGroupName: name, retentionInDays: i % 2 ? 2192 : 30, kmsKeyId: null },
        } as Partial<AnyResource>;
      }
      yield JSON.stringify({ ...base, ...r });
    }
  }
}

/** The accounts `inventoryLines(n)` spreads over, for coverage entries. */
export function inventoryAccounts(n: number, perAccount = 1000): string[] {
  const out: string[] = [];
  for (let start = 0; start < n; start += perAccount) out.push(String(100000000000 + start / perAccount));
  return out;
}

/**
 * A Terraform tree of about `n` resources in `files` files, half of them created through a
 * local module called once per file, as real estates are: root modules of `filesPerDir`
 * files, each file one inline group and one module call of five resources each.
 */
export function terraformTreeWithModules(root: string, n: number, filesPerDir = 25): { dir: string; files: string[] } {
  const files: string[] = [];
  const moduleDir = join(root, 'modules', 'app-group');
  mkdirSync(moduleDir, { recursive: true });
  const moduleFile = join(moduleDir, 'main.tf');
  writeFileSync(
    moduleFile,
    `variable "prefix" {}\nvariable "index" {}\n${tfResources(0).replace(/\b([kbl])0\b/g, '$1').replace(/-0"/g, '-${var.index}"').replace(/\$\{var\.prefix\}-0/g, '${var.prefix}-${var.index}')}`,
  );
  files.push(moduleFile);
  let i = 0;
  let f = 0;
  while (i * 5 < n) {
    const dir = join(root, 'stacks', `stack-${Math.floor(f / filesPerDir)}`);
    mkdirSync(dir, { recursive: true });
    if (f % filesPerDir === 0) {
      const vars = join(dir, 'variables.tf');
      writeFileSync(vars, 'variable "prefix" {\n  default = "app"\n}\n');
      files.push(vars);
    }
    let text = tfResources(i++);
    if (i * 5 < n) {
      text += `\nmodule "group_${i}" {\n  source = "../../modules/app-group"\n  prefix = var.prefix\n  index  = ${i}\n}\n`;
      i++;
    }
    const file = join(dir, `main-${f}.tf`);
    writeFileSync(file, text);
    files.push(file);
    f++;
  }
  return { dir: root, files };
}
