import { describe, expect, it } from 'vitest';
import { unknown } from '../../../../model/unknown.js';
import { byAddress, scanHcl } from '../test-support/index.js';

const bucket = (name: string, body = '') => `resource "aws_s3_bucket" "${name}" {\n${body}\n}\n`;

describe('variables', () => {
  const main = `
variable "env" { default = "dev" }
variable "suffix" {}
variable "retention" {
  type    = number
  default = 30
}
resource "aws_cloudwatch_log_group" "app" {
  name              = "/\${var.env}/\${var.suffix}"
  retention_in_days = var.retention
}
`;

  it('uses defaults, and an unset variable without one is unknown', async () => {
    const r = await scanHcl({ 'main.tf': main });
    const lg = byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.app');
    expect(lg.props.logGroupName).toEqual(unknown('variable suffix has no value'));
    expect(lg.props.retentionInDays).toBe(30);
  });

  it('takes terraform.tfvars, then *.auto.tfvars by name, then -var, later winning', async () => {
    const r = await scanHcl(
      { 'main.tf': main },
      {
        varFiles: { 'b.auto.tfvars': 'env = "auto-b"\n', 'a.auto.tfvars': 'env = "auto-a"\nsuffix = "x"\n', 'terraform.tfvars': 'env = "tfvars"\nretention = 90\n' },
      },
    );
    const lg = byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.app');
    expect(lg.props.logGroupName).toBe('/auto-b/x');
    expect(lg.props.retentionInDays).toBe(90);

    const over = await scanHcl({ 'main.tf': main }, { varFiles: { 'terraform.tfvars': 'suffix = "y"\n' }, vars: { env: 'cli', retention: '7' } });
    const lg2 = byAddress(over, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.app');
    expect(lg2.props.logGroupName).toBe('/cli/y');
    // `-var` values are read by the variable's type: `number` here.
    expect(lg2.props.retentionInDays).toBe(7);
  });

  it('reads .tfvars.json files', async () => {
    const r = await scanHcl({ 'main.tf': main }, { varFiles: { 'x.auto.tfvars.json': '{"suffix": "json"}' } });
    expect(byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.app').props.logGroupName).toBe('/dev/json');
  });

  it('says when a referenced variable is not declared', async () => {
    const r = await scanHcl({ 'main.tf': 'resource "aws_cloudwatch_log_group" "a" {\n  name = var.nope\n}\n' });
    expect(byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.a').props.logGroupName).toEqual(unknown('variable nope is not declared'));
  });
});

describe('locals', () => {
  it('resolves locals that use other locals and variables, in any order', async () => {
    const r = await scanHcl({
      'main.tf': `
locals {
  name = "\${local.prefix}-phi"
}
locals {
  prefix = "acme-\${var.env}"
}
variable "env" { default = "prod" }
${bucket('b', '  bucket = local.name')}`,
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b').props.bucketName).toBe('acme-prod-phi');
  });

  it('turns a cycle into an unknown and a problem, without hanging', async () => {
    const r = await scanHcl({
      'locals.tf': 'locals {\n  a = "${local.b}-x"\n  b = local.a\n  self = local.self\n}\n',
      'main.tf': `${bucket('b', '  bucket = local.a')}${bucket('c', '  bucket = local.self')}`,
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b').props.bucketName).toEqual(unknown('local.a refers to itself'));
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.c').props.bucketName).toEqual(unknown('local.self refers to itself'));
    expect(r.problems).toEqual(
      expect.arrayContaining([
        { source: 'infra/locals.tf', message: 'local.a refers to itself; its value is unknown' },
        { source: 'infra/locals.tf', message: 'local.self refers to itself; its value is unknown' },
      ]),
    );
  });
});

describe('expressions', () => {
  it('turns references to other resources into their tokens, inside strings too', async () => {
    const r = await scanHcl({
      'main.tf': `
resource "aws_kms_key" "phi" {}
resource "aws_cloudwatch_log_group" "trail" { name = "trail" }
resource "aws_cloudtrail" "t" {
  name                       = "main"
  s3_bucket_name             = aws_s3_bucket.logs.id
  kms_key_id                 = aws_kms_key.phi.arn
  cloud_watch_logs_group_arn = "\${aws_cloudwatch_log_group.trail.arn}:*"
}
${bucket('logs', '  bucket = "logs"')}`,
    });
    const t = byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.t');
    expect(t.props.kmsKeyId).toBe('ref:infra#aws_kms_key.phi');
    expect(t.props.s3BucketName).toBe('ref:infra#aws_s3_bucket.logs');
    expect(t.props.cloudWatchLogsLogGroupArn).toBe('ref:infra#aws_cloudwatch_log_group.trail:*');
    // The referenced resources answer to the same tokens.
    expect(byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.phi').refs).toContain('ref:infra#aws_kms_key.phi');
    expect(byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.trail').refs).toContain('ref:infra#aws_cloudwatch_log_group.trail:*');
  });

  it('keeps what it does not evaluate unknown with the expression, never a guess', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "on" {}
data "aws_kms_key" "shared" { key_id = "alias/shared" }
resource "aws_kms_key" "k" {
  enable_key_rotation = var.on ? true : false
  rotation_period_in_days = max(90, 100)
  policy = data.aws_iam_policy_document.p.json
}
resource "aws_cloudwatch_log_group" "l" {
  name       = "a"
  kms_key_id = data.aws_kms_key.shared.arn
}
`,
    });
    const k = byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.k');
    expect(k.props.rotationEnabled).toEqual(unknown('variable on has no value'));
    expect(k.props.rotationPeriodDays).toEqual(unknown('variable on has no value'));
    expect(k.props.policy).toEqual(unknown('data.aws_iam_policy_document.p is not evaluated'));
    expect(byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.l').props.kmsKeyId).toEqual(unknown('data.aws_kms_key.shared is not evaluated'));
  });

  it('evaluates conditionals, arithmetic and a few functions when their inputs are known', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "prod" { default = true }
variable "days" { default = 30 }
resource "aws_cloudwatch_log_group" "l" {
  name              = lower(join("-", ["APP", "Logs"]))
  retention_in_days = var.prod ? var.days * 12 + 5 : 1
  kms_key_id        = lookup({ a = "k1" }, "b", null)
}
`,
    });
    const l = byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.l');
    expect(l.props).toEqual({ logGroupName: 'app-logs', retentionInDays: 365, kmsKeyId: null });
  });

  it('reads string escapes and heredocs as Terraform does', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "v" { default = "x" }
resource "aws_s3_bucket" "b" {
  bucket = "a\\"b-$\${literal}-\${var.v}"
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.id
  policy = <<-EOT
    {"Statement": [{"Effect": "Allow", "Principal": "*", "Action": "s3:GetObject", "Resource": "\${aws_s3_bucket.b.arn}/\${var.v}/*"}]}
  EOT
}
`,
    });
    const b = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b');
    expect(b.props.bucketName).toBe('a"b-${literal}-x');
    expect(b.props.policy).toEqual({
      statements: [{ effect: 'Allow', principal: '*', action: ['s3:GetObject'], resource: ['ref:infra#aws_s3_bucket.b/x/*'] }],
    });
  });
});

describe('policies', () => {
  it('reads jsonencode() policies, keeping an unresolved leaf unknown and the rest', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "reader" {}
resource "aws_kms_key" "k" {
  policy = jsonencode({
    # Comments inside an expression are part of its source text.
    Version = "2012-10-17"
    Statement = [
      {
        // the account root
        Sid       = "Root"
        Effect    = "Allow"
        Principal = { AWS = "arn:aws:iam::111122223333:root" }
        Action    = "kms:*"
        Resource  = "*"
      },
      {
        Sid       = "Reader"
        Effect    = "Allow"
        Principal = { AWS = [var.reader] }
        Action    = ["kms:Decrypt"]
        Resource  = "*"
        Condition = { StringEquals = { "kms:ViaService" = "s3.us-east-1.amazonaws.com" } }
      },
    ]
  })
}
`,
    });
    expect(byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.k').props.policy).toEqual({
      version: '2012-10-17',
      statements: [
        { sid: 'Root', effect: 'Allow', principal: { AWS: ['arn:aws:iam::111122223333:root'] }, action: ['kms:*'], resource: ['*'] },
        {
          sid: 'Reader',
          effect: 'Allow',
          principal: { AWS: [unknown('variable reader has no value')] },
          action: ['kms:Decrypt'],
          resource: ['*'],
          condition: { StringEquals: { 'kms:viaservice': ['s3.us-east-1.amazonaws.com'] } },
        },
      ],
    });
  });

  it('makes a policy unknown where an unresolved value hides a whole condition', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "cond" {}
resource "aws_kms_key" "k" {
  policy = jsonencode({ Statement = [{ Effect = "Deny", Principal = "*", Action = "*", Resource = "*", Condition = var.cond }] })
}
`,
    });
    expect(byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.k').props.policy).toEqual(unknown('variable cond has no value'));
  });
});

describe('S3 buckets', () => {
  it('settles the documented defaults for a bare bucket', async () => {
    const r = await scanHcl({ 'main.tf': bucket('b', '  bucket = "phi"') });
    const b = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b');
    expect(b.props).toEqual({
      bucketName: 'phi',
      encryption: { algorithm: 'AES256', kmsKeyId: null, bucketKeyEnabled: false, source: 's3-default' },
      policy: null,
      publicAccessBlock: null,
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
    expect(b.id).toBe('infra#aws_s3_bucket.b');
    expect(b.name).toBe('phi');
    expect(b.origin).toEqual({ kind: 'iac', format: 'terraform', file: 'infra/main.tf', line: 1, column: 1, address: 'aws_s3_bucket.b' });
    expect(b.refs).toEqual(['ref:infra#aws_s3_bucket.b', 'phi', 'arn:aws:s3:::phi']);
    expect(b.account).toEqual(unknown('Terraform configuration does not state the account'));
  });

  it('joins every split resource, by token or by literal name', async () => {
    const r = await scanHcl({
      'bucket.tf': `
resource "aws_kms_key" "k" {}
resource "aws_s3_bucket" "b" {
  bucket = "phi-data"
}
resource "aws_s3_bucket" "unnamed" {}
`,
      'parts.tf': `
resource "aws_s3_bucket_server_side_encryption_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm     = "aws:kms"
      kms_master_key_id = aws_kms_key.k.arn
    }
    bucket_key_enabled = true
  }
}
resource "aws_s3_bucket_public_access_block" "b" {
  bucket                  = "phi-data"
  block_public_acls       = true
  block_public_policy     = true
  ignore_public_acls      = true
}
resource "aws_s3_bucket_policy" "b" {
  bucket = aws_s3_bucket.b.bucket
  policy = jsonencode({ Statement = [{ Effect = "Deny", Principal = "*", Action = "s3:*", Resource = "\${aws_s3_bucket.b.arn}/*" }] })
}
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_s3_bucket_logging" "b" {
  bucket        = aws_s3_bucket.b.id
  target_bucket = aws_s3_bucket.unnamed.id
  target_prefix = "phi/"
}
resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = "public-read"
}
resource "aws_s3_bucket_acl" "unnamed" {
  bucket = aws_s3_bucket.unnamed.id
  access_control_policy {
    grant {
      grantee {
        type = "Group"
        uri  = "http://acs.amazonaws.com/groups/global/AuthenticatedUsers"
      }
      permission = "WRITE"
    }
    grant {
      grantee {
        type = "CanonicalUser"
        id   = "abc"
      }
      permission = "FULL_CONTROL"
    }
    owner {
      id = "abc"
    }
  }
}
resource "aws_s3_bucket_ownership_controls" "unnamed" {
  bucket = aws_s3_bucket.unnamed.id
  rule {
    object_ownership = "BucketOwnerPreferred"
  }
}
`,
    });
    const b = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b');
    expect(b.props).toEqual({
      bucketName: 'phi-data',
      encryption: { algorithm: 'aws:kms', kmsKeyId: 'ref:infra#aws_kms_key.k', bucketKeyEnabled: true, source: 'declared' },
      policy: { statements: [{ effect: 'Deny', principal: '*', action: ['s3:*'], resource: ['ref:infra#aws_s3_bucket.b/*'] }] },
      publicAccessBlock: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: false },
      aclPublicGrants: ['READ'],
      versioning: 'Enabled',
      logging: { targetBucket: 'ref:infra#aws_s3_bucket.unnamed', targetPrefix: 'phi/' },
      // No ownership controls: S3's default disables ACLs, yet the declared grant shows ACLs are meant to be used.
      objectOwnership: 'BucketOwnerEnforced',
      aclGrantsBeyondOwner: ['AllUsers:READ'],
      objectLock: null,
      replication: null,
      eventNotifications: [],
      lifecycleRules: [],
    });
    const u = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.unnamed');
    expect(u.props.bucketName).toEqual(unknown('bucket name is generated by Terraform at apply'));
    expect(u.name).toBe('aws_s3_bucket.unnamed');
    expect(u.props.aclPublicGrants).toEqual(['WRITE']);
    // The owner's own grant is no grant beyond the owner.
    expect([u.props.objectOwnership, u.props.aclGrantsBeyondOwner]).toEqual(['BucketOwnerPreferred', ['AuthenticatedUsers:WRITE']]);
  });

  it('ignores ACL grants when object ownership disables ACLs', async () => {
    const r = await scanHcl({
      'main.tf': `${bucket('b')}
resource "aws_s3_bucket_acl" "b" {
  bucket = aws_s3_bucket.b.id
  acl    = "public-read-write"
}
resource "aws_s3_bucket_ownership_controls" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    object_ownership = "BucketOwnerEnforced"
  }
}
`,
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b').props.aclPublicGrants).toEqual([]);
  });

  it('reads the v3 inline blocks, and a split resource wins over them', async () => {
    const r = await scanHcl({
      'main.tf': `
resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"
  acl    = "authenticated-read"
  policy = "{\\"Statement\\": {\\"Effect\\": \\"Deny\\", \\"Principal\\": \\"*\\", \\"Action\\": \\"s3:*\\", \\"Resource\\": \\"*\\"}}"
  versioning {
    enabled = true
  }
  logging {
    target_bucket = "logs"
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "aws:kms"
      }
    }
  }
}
resource "aws_s3_bucket" "mixed" {
  bucket = "mixed"
  versioning {
    enabled = false
  }
  server_side_encryption_configuration {
    rule {
      apply_server_side_encryption_by_default {
        sse_algorithm = "AES256"
      }
    }
  }
}
resource "aws_s3_bucket_server_side_encryption_configuration" "mixed" {
  bucket = aws_s3_bucket.mixed.id
  rule {
    apply_server_side_encryption_by_default {
      sse_algorithm = "aws:kms:dsse"
      kms_master_key_id = "arn:aws:kms:us-east-1:111122223333:key/abc"
    }
  }
}
`,
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.legacy').props).toEqual({
      bucketName: 'legacy',
      encryption: { algorithm: 'aws:kms', kmsKeyId: null, bucketKeyEnabled: false, source: 'declared' },
      policy: { statements: [{ effect: 'Deny', principal: '*', action: ['s3:*'], resource: ['*'] }] },
      publicAccessBlock: null,
      aclPublicGrants: ['READ'],
      versioning: 'Enabled',
      logging: { targetBucket: 'logs', targetPrefix: '' },
      objectOwnership: 'BucketOwnerEnforced',
      aclGrantsBeyondOwner: ['AuthenticatedUsers:READ'],
      objectLock: null,
      replication: null,
      eventNotifications: [],
      lifecycleRules: [],
    });
    const m = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.mixed');
    expect(m.props.encryption).toEqual({
      algorithm: 'aws:kms:dsse',
      kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/abc',
      bucketKeyEnabled: false,
      source: 'declared',
    });
    expect(m.props.versioning).toBe('Suspended');
  });

  it('makes a setting unknown on every bucket a split resource with an unknown bucket may configure', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "target" {}
${bucket('a', '  bucket = "a"')}${bucket('b', '  bucket = "b"')}
resource "aws_s3_bucket_versioning" "b" {
  bucket = aws_s3_bucket.b.id
  versioning_configuration {
    status = "Suspended"
  }
}
resource "aws_s3_bucket_versioning" "x" {
  bucket = var.target
  versioning_configuration {
    status = "Enabled"
  }
}
`,
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.a').props.versioning).toEqual(
      unknown('aws_s3_bucket_versioning.x names a bucket that is not known (variable target has no value)'),
    );
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b').props.versioning).toBe('Suspended');
  });

  it('maps the account-level public access block', async () => {
    const r = await scanHcl({
      'main.tf': 'resource "aws_s3_account_public_access_block" "acct" {\n  block_public_acls = true\n  restrict_public_buckets = true\n}\n',
    });
    const a = byAddress(r, 'AWS::S3::AccountPublicAccessBlock', 'aws_s3_account_public_access_block.acct');
    expect(a.props.config).toEqual({ blockPublicAcls: true, ignorePublicAcls: false, blockPublicPolicy: false, restrictPublicBuckets: true });
    expect(a.account).toEqual(unknown('Terraform configuration does not state the account'));
  });
});

describe('KMS keys', () => {
  it('joins aliases by key token, id or ARN, and settles defaults', async () => {
    const r = await scanHcl({
      'main.tf': `
resource "aws_kms_key" "phi" {
  enable_key_rotation     = true
  rotation_period_in_days = 180
}
resource "aws_kms_key" "off" {
  is_enabled               = false
  customer_master_key_spec = "RSA_2048"
}
resource "aws_kms_alias" "phi" {
  name          = "alias/phi-data"
  target_key_id = aws_kms_key.phi.key_id
}
resource "aws_kms_alias" "phi2" {
  name          = "alias/phi-two"
  target_key_id = aws_kms_key.phi.arn
}
`,
    });
    const phi = byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.phi');
    expect(phi.props).toMatchObject({
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyState: 'Enabled',
      keyOrigin: 'AWS_KMS',
      rotationEnabled: true,
      rotationPeriodDays: 180,
      aliases: ['alias/phi-data', 'alias/phi-two'],
      policy: null,
    });
    expect(phi.name).toBe('alias/phi-data');
    expect(phi.refs).toEqual(['ref:infra#aws_kms_key.phi', 'alias/phi-data', 'alias/phi-two']);
    const off = byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.off');
    expect(off.props).toMatchObject({ keySpec: 'RSA_2048', keyState: 'Disabled', rotationEnabled: false, rotationPeriodDays: null, aliases: [] });
    expect(off.name).toBe('aws_kms_key.off');
  });

  it('rotates yearly when rotation is on without a period', async () => {
    const r = await scanHcl({ 'main.tf': 'resource "aws_kms_key" "k" {\n  enable_key_rotation = true\n}\n' });
    expect(byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.k').props.rotationPeriodDays).toBe(365);
  });
});

describe('CloudTrail', () => {
  it('settles defaults', async () => {
    const r = await scanHcl({ 'main.tf': 'resource "aws_cloudtrail" "t" {\n  name = "org"\n  s3_bucket_name = "logs"\n}\n' });
    const t = byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.t');
    expect(t.props).toEqual({
      trailName: 'org',
      isMultiRegion: false,
      isOrganizationTrail: false,
      isLogging: true,
      logFileValidation: false,
      kmsKeyId: null,
      cloudWatchLogsLogGroupArn: null,
      s3BucketName: 'logs',
      s3KeyPrefix: null,
      homeRegion: unknown('Terraform configuration does not state the region'),
      s3DataEvents: [],
      // No selector: CloudTrail records every management event.
      eventSelectors: [{ category: 'Management', readWrite: 'All', resourceTypes: [], eventSources: [], excludedEventSources: [], narrowed: false }],
    });
    expect(t.name).toBe('org');
  });

  it('maps classic and advanced event selectors onto S3 data events', async () => {
    const r = await scanHcl({
      'main.tf': `
resource "aws_s3_bucket" "phi" { bucket = "phi" }
resource "aws_cloudtrail" "classic" {
  name                  = "classic"
  s3_bucket_name        = "logs"
  is_multi_region_trail = true
  enable_logging        = false
  event_selector {
    read_write_type           = "WriteOnly"
    include_management_events = true
    data_resource {
      type   = "AWS::S3::Object"
      values = ["\${aws_s3_bucket.phi.arn}/"]
    }
    data_resource {
      type   = "AWS::Lambda::Function"
      values = ["arn:aws:lambda"]
    }
  }
}
resource "aws_cloudtrail" "advanced" {
  name           = "advanced"
  s3_bucket_name = "logs"
  advanced_event_selector {
    name = "phi objects"
    field_selector {
      field  = "eventCategory"
      equals = ["Data"]
    }
    field_selector {
      field  = "resources.type"
      equals = ["AWS::S3::Object"]
    }
    field_selector {
      field  = "readOnly"
      equals = ["true"]
    }
    field_selector {
      field           = "resources.ARN"
      starts_with     = ["arn:aws:s3:::phi/"]
      not_starts_with = ["arn:aws:s3:::phi/tmp/"]
    }
  }
}
`,
    });
    const c = byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.classic');
    expect(c.props.isMultiRegion).toBe(true);
    expect(c.props.isLogging).toBe(false);
    expect(c.props.s3DataEvents).toEqual([{ readWrite: 'WriteOnly', resources: ['ref:infra#aws_s3_bucket.phi/'], excluded: [] }]);
    const a = byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.advanced');
    expect(a.props.s3DataEvents).toEqual([{ readWrite: 'ReadOnly', resources: ['arn:aws:s3:::phi/'], excluded: ['arn:aws:s3:::phi/tmp/'] }]);
  });

  it('expands dynamic blocks when their for_each is known, and is unknown otherwise', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "prefixes" { default = ["arn:aws:s3:::a/", "arn:aws:s3:::b/"] }
variable "unset" {}
resource "aws_cloudtrail" "t" {
  name           = "t"
  s3_bucket_name = "logs"
  dynamic "event_selector" {
    for_each = var.prefixes
    iterator = p
    content {
      read_write_type = "All"
      data_resource {
        type   = "AWS::S3::Object"
        values = [p.value]
      }
    }
  }
}
resource "aws_cloudtrail" "u" {
  name           = "u"
  s3_bucket_name = "logs"
  dynamic "event_selector" {
    for_each = var.unset
    content {
      read_write_type = event_selector.value
    }
  }
}
`,
    });
    expect(byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.t').props.s3DataEvents).toEqual([
      { readWrite: 'All', resources: ['arn:aws:s3:::a/'], excluded: [] },
      { readWrite: 'All', resources: ['arn:aws:s3:::b/'], excluded: [] },
    ]);
    expect(byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.u').props.s3DataEvents).toEqual(
      unknown('dynamic "event_selector" blocks are not determinable: variable unset has no value'),
    );
  });
});

describe('CloudWatch log groups', () => {
  it('reads retention 0 as never expire, and a missing name as generated', async () => {
    const r = await scanHcl({
      'main.tf': 'resource "aws_cloudwatch_log_group" "zero" {\n  name = "z"\n  retention_in_days = 0\n}\nresource "aws_cloudwatch_log_group" "anon" {\n  name_prefix = "app-"\n  retention_in_days = 14\n}\n',
    });
    expect(byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.zero').props).toEqual({ logGroupName: 'z', retentionInDays: null, kmsKeyId: null });
    const anon = byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.anon');
    expect(anon.props.logGroupName).toEqual(unknown('log group name is generated from name_prefix at apply'));
    expect(anon.props.retentionInDays).toBe(14);
  });
});

describe('provider default_tags', () => {
  it('merges default tags under resource tags, per provider configuration', async () => {
    const r = await scanHcl({
      'providers.tf': `
provider "aws" {
  default_tags {
    tags = { Owner = "sec", Env = "default" }
  }
}
provider "aws" {
  alias = "west"
  default_tags {
    tags = { Region = "west" }
  }
}
`,
      'main.tf': `
locals {
  common = { Team = "data" }
}
resource "aws_s3_bucket" "a" {
  tags = merge(local.common, { Env = "prod" })
}
resource "aws_s3_bucket" "w" {
  provider = aws.west
}
`,
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.a').tags).toEqual({ Owner: 'sec', Env: 'prod', Team: 'data' });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.w').tags).toEqual({ Region: 'west' });
  });

  it('makes tags unknown when a tag value is', async () => {
    const r = await scanHcl({ 'main.tf': 'variable "owner" {}\nresource "aws_s3_bucket" "a" {\n  tags = { Owner = var.owner }\n}\n' });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.a').tags).toEqual(unknown('tag Owner: variable owner has no value'));
  });
});

describe('count and for_each', () => {
  it('expands count with count.index, and references choose an instance', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "n" { default = 2 }
resource "aws_kms_key" "k" {
  count = var.n
}
resource "aws_cloudwatch_log_group" "l" {
  count      = var.n
  name       = "/app/\${count.index}"
  kms_key_id = aws_kms_key.k[count.index].arn
}
resource "aws_cloudwatch_log_group" "none" {
  count = 0
  name  = "never"
}
`,
    });
    expect(r.resources.filter((x) => x.type === 'AWS::Logs::LogGroup').map((x) => x.id)).toEqual([
      'infra#aws_cloudwatch_log_group.l[0]',
      'infra#aws_cloudwatch_log_group.l[1]',
    ]);
    const l1 = byAddress(r, 'AWS::Logs::LogGroup', 'aws_cloudwatch_log_group.l[1]');
    expect(l1.props).toEqual({ logGroupName: '/app/1', retentionInDays: null, kmsKeyId: 'ref:infra#aws_kms_key.k[1]' });
    expect(byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.k[1]').refs).toContain('ref:infra#aws_kms_key.k[1]');
  });

  it('expands for_each over maps and sets with each.key / each.value', async () => {
    const r = await scanHcl({
      'main.tf': `
locals {
  buckets = { raw = "acme-raw", curated = "acme-curated" }
}
resource "aws_s3_bucket" "b" {
  for_each = local.buckets
  bucket   = each.value
  tags     = { Key = each.key }
}
resource "aws_s3_bucket_versioning" "b" {
  for_each = local.buckets
  bucket   = aws_s3_bucket.b[each.key].id
  versioning_configuration {
    status = "Enabled"
  }
}
resource "aws_cloudwatch_log_group" "s" {
  for_each = toset(["b", "a", "b"])
  name     = each.key
}
`,
    });
    const raw = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b["raw"]');
    expect(raw.id).toBe('infra#aws_s3_bucket.b["raw"]');
    expect(raw.props.bucketName).toBe('acme-raw');
    expect(raw.props.versioning).toBe('Enabled');
    expect(raw.tags).toEqual({ Key: 'raw' });
    expect(raw.refs).toContain('ref:infra#aws_s3_bucket.b["raw"]');
    expect(r.resources.filter((x) => x.type === 'AWS::Logs::LogGroup').map((x) => x.name)).toEqual(['a', 'b']);
  });

  it('makes only the joined setting unknown when a split resource may not exist', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "block" {}
${bucket('a', '  bucket = "a"')}${bucket('b', '  bucket = "b"')}
resource "aws_s3_bucket_public_access_block" "b" {
  count             = var.block ? 1 : 0
  bucket            = aws_s3_bucket.b.id
  block_public_acls = true
}
`,
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b').props.publicAccessBlock).toEqual(
      unknown('count of aws_s3_bucket_public_access_block.b is not determinable: variable block has no value'),
    );
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.a').props.publicAccessBlock).toBeNull();
  });

  it('keeps one resource with unknown props when the count cannot be determined', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "enabled" {}
resource "aws_kms_key" "k" {
  count               = var.enabled ? 1 : 0
  enable_key_rotation = true
}
resource "aws_s3_bucket" "b" {
  for_each = data.aws_s3_buckets.all.names
}
`,
    });
    const k = byAddress(r, 'AWS::KMS::Key', 'aws_kms_key.k');
    const why = unknown('count of aws_kms_key.k is not determinable: variable enabled has no value');
    expect(k.props.rotationEnabled).toEqual(why);
    expect(k.props.keyState).toEqual(why);
    expect(k.tags).toEqual(why);
    const b = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b');
    expect(b.props.encryption).toEqual(unknown('for_each of aws_s3_bucket.b is not determinable: data.aws_s3_buckets.all is not evaluated'));
  });
});

describe('bad input', () => {
  it('reports a syntax error at its line, and still reads the other files', async () => {
    const r = await scanHcl({
      'good.tf': bucket('ok', '  bucket = "ok"'),
      'bad.tf': 'resource "aws_s3_bucket" "broken" {\n  bucket = "x"\n  acl =\n}\n',
    });
    expect(r.problems).toHaveLength(1);
    expect(r.problems[0]).toMatchObject({ source: 'infra/bad.tf', line: 3, column: 8 });
    expect(r.problems[0]!.message).toMatch(/Invalid expression/);
    expect(r.resources.map((x) => x.id)).toEqual(['infra#aws_s3_bucket.ok']);
  });

  it('skips a binary file named .tf', async () => {
    const r = await scanHcl({ 'good.tf': bucket('ok'), 'blob.tf': 'PK\u0003\u0004\u0000\u0000garbage' });
    expect(r.problems).toEqual([{ source: 'infra/blob.tf', message: 'binary file; skipped' }]);
    expect(r.resources).toHaveLength(1);
  });

  it('reports a resource declared twice and keeps the first', async () => {
    const r = await scanHcl({ 'a.tf': bucket('b', '  bucket = "first"'), 'b.tf': bucket('b', '  bucket = "second"') });
    expect(r.problems).toEqual([{ source: 'infra/b.tf', message: 'resource "aws_s3_bucket" "b" is declared more than once; the first declaration is used' }]);
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b').props.bucketName).toBe('first');
  });

  it('applies override files argument by argument', async () => {
    const r = await scanHcl({
      'main.tf': bucket('b', '  bucket = "base"\n  acl = "public-read"'),
      'main_override.tf': bucket('b', '  acl = "private"'),
    });
    const b = byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b');
    expect(b.props.bucketName).toBe('base');
    expect(b.props.aclPublicGrants).toEqual([]);
    expect(r.problems).toEqual([]);
  });
});

describe('S3 protection settings', () => {
  it('joins Object Lock, replication, notification and lifecycle resources', async () => {
    const r = await scanHcl({
      'main.tf': `
resource "aws_s3_bucket" "b" {
  bucket              = "records"
  object_lock_enabled = true
}
resource "aws_s3_bucket_object_lock_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    default_retention {
      mode  = "COMPLIANCE"
      years = 6
    }
  }
}
resource "aws_s3_bucket_replication_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  role   = "arn:aws:iam::111122223333:role/r"
  rule {
    status = "Enabled"
    destination {
      bucket = "arn:aws:s3:::dr"
    }
  }
}
resource "aws_s3_bucket_notification" "b" {
  bucket = aws_s3_bucket.b.id
  lambda_function {
    lambda_function_arn = "arn:aws:lambda:us-east-1:111122223333:function:scan"
    events              = ["s3:ObjectCreated:*"]
  }
}
resource "aws_s3_bucket_lifecycle_configuration" "b" {
  bucket = aws_s3_bucket.b.id
  rule {
    id     = "logs"
    status = "Enabled"
    filter {
      and {
        prefix = "logs/"
        tags   = { tier = "cold" }
      }
    }
    expiration {
      days = 30
    }
  }
}
resource "aws_s3_bucket" "legacy" {
  bucket = "legacy"
  lifecycle_rule {
    enabled = true
    prefix  = "tmp/"
    expiration {
      days = 1
    }
    noncurrent_version_expiration {
      days = 5
    }
  }
}
`,
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.b').props).toMatchObject({
      objectLock: { defaultRetention: { mode: 'COMPLIANCE', days: null, years: 6 } },
      replication: ['arn:aws:s3:::dr'],
      eventNotifications: ['arn:aws:lambda:us-east-1:111122223333:function:scan'],
      lifecycleRules: [{ id: 'logs', enabled: true, prefix: 'logs/', tagFilter: true, expirationDays: 30, expirationDate: null, noncurrentExpirationDays: null }],
    });
    expect(byAddress(r, 'AWS::S3::Bucket', 'aws_s3_bucket.legacy').props).toMatchObject({
      objectLock: null,
      lifecycleRules: [{ id: null, enabled: true, prefix: 'tmp/', tagFilter: false, expirationDays: 1, expirationDate: null, noncurrentExpirationDays: 5 }],
    });
  });
});
