import { readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../../model/unknown.js';
import type { CollectResult } from '../../../types.js';
import { parseTerraformModule } from '../index.js';
import { byAddress } from '../test-support/index.js';

const FIXTURES = 'src/collect/iac/terraform/__fixtures__/modules';

/** Reads a fixture root module as the IaC walker would hand it over. */
function scanDir(name: string): Promise<CollectResult> {
  const dir = posix.join(FIXTURES, name);
  const files = readdirSync(dir)
    .filter((n) => n.endsWith('.tf'))
    .map((n) => ({ path: posix.join(dir, n), text: readFileSync(posix.join(dir, n), 'utf8') }));
  return parseTerraformModule(dir, files);
}

describe('local modules', () => {
  it('evaluates a called module with its inputs, under module.<name> addresses', async () => {
    const r = await scanDir('root');
    const root = `${FIXTURES}/root`;
    const b = byAddress(r, 'AWS::S3::Bucket', 'module.storage.aws_s3_bucket.this');
    expect(b.id).toBe(`${root}#module.storage.aws_s3_bucket.this`);
    expect(b.origin).toMatchObject({ file: `${root}/modules/storage/main.tf`, line: 9, column: 1 });
    expect(b.props.bucketName).toBe('phi-prod');
    // The key is the root module's, passed in as a variable: its token keeps the root scope.
    expect(b.props.encryption).toMatchObject({ algorithm: 'aws:kms', kmsKeyId: `ref:${root}#aws_kms_key.root` });
    // The token is scoped to the module instance it was declared in.
    expect(b.refs).toContain(`ref:${root}::module.storage#aws_s3_bucket.this`);
    // Child modules inherit the default provider configuration.
    expect(b.tags).toEqual({ Owner: 'platform' });
  });

  it('expands for_each on a module call and follows outputs back into the caller', async () => {
    const r = await scanDir('root');
    const root = `${FIXTURES}/root`;
    const audit = byAddress(r, 'AWS::Logs::LogGroup', 'module.logs["audit"].aws_cloudwatch_log_group.this');
    expect(audit.props).toEqual({ logGroupName: '/phi/audit', retentionInDays: null, kmsKeyId: null });
    byAddress(r, 'AWS::Logs::LogGroup', 'module.logs["app"].aws_cloudwatch_log_group.this');
    const t = byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.main');
    expect(t.props.s3BucketName).toBe(`ref:${root}::module.storage#aws_s3_bucket.this`);
    expect(t.props.cloudWatchLogsLogGroupArn).toBe(`ref:${root}::module.logs["audit"]#aws_cloudwatch_log_group.this:*`);
    expect(audit.refs).toContain(t.props.cloudWatchLogsLogGroupArn);
  });

  it('reports a registry module that is not on disk and a module cycle, and goes on', async () => {
    const r = await scanDir('root');
    const root = `${FIXTURES}/root`;
    // Module calls are followed depth first, in name order.
    expect(r.problems).toEqual([
      {
        source: `${FIXTURES}/cycle-b/main.tf`,
        line: 1,
        column: 1,
        message: 'module "a": source "../cycle-a" calls back into a module that is already being read (module cycle); not followed',
      },
      {
        source: `${root}/main.tf`,
        line: 21,
        column: 1,
        message: 'module "vpc": source "terraform-aws-modules/vpc/aws" is not on disk (run terraform init to fetch it); its resources were not assessed',
      },
    ]);
    // Each module of the cycle is still read once along the path.
    expect(byAddress(r, 'AWS::S3::Bucket', 'module.loop.aws_s3_bucket.a').props.bucketName).toBe('cycle-a');
    expect(byAddress(r, 'AWS::S3::Bucket', 'module.loop.module.b.aws_s3_bucket.b').props.bucketName).toBe('cycle-b');
  });

  it('reads registry modules that terraform init unpacked, per its manifest', async () => {
    const r = await scanDir('registry');
    const dir = `${FIXTURES}/registry`;
    const key = byAddress(r, 'AWS::KMS::Key', 'module.kms.aws_kms_key.this');
    expect(key.props.rotationEnabled).toBe(true);
    expect(key.props.aliases).toEqual(['alias/phi']);
    expect(key.origin).toMatchObject({ file: `${dir}/.terraform/modules/kms/main.tf` });
    expect(r.problems).toEqual([
      {
        source: `${dir}/main.tf`,
        line: 7,
        column: 1,
        message: 'module "gone": source "git::https://example.com/modules.git//s3" is not on disk (run terraform init to fetch it); its resources were not assessed',
      },
    ]);
  });

  it('keeps the resources of a module call whose count cannot be determined, with unknown props', async () => {
    const dir = `${FIXTURES}/root`;
    const r = await parseTerraformModule(dir, [
      { path: `${dir}/extra.tf`, text: 'variable "n" {}\nmodule "logs" {\n  source = "../shared/logs"\n  count  = var.n\n  name   = "x"\n}\n' },
    ]);
    const lg = byAddress(r, 'AWS::Logs::LogGroup', 'module.logs.aws_cloudwatch_log_group.this');
    expect(lg.props.retentionInDays).toEqual(unknown('count of module.logs is not determinable: variable n has no value'));
  });

  it('says a module output cannot be known when the module was not read', async () => {
    const r = await parseTerraformModule('x', [
      {
        path: 'x/main.tf',
        text: 'module "remote" {\n  source = "hashicorp/foo/aws"\n}\nresource "aws_cloudtrail" "t" {\n  name = "t"\n  s3_bucket_name = module.remote.bucket\n}\n',
      },
    ]);
    expect(byAddress(r, 'AWS::CloudTrail::Trail', 'aws_cloudtrail.t').props.s3BucketName).toEqual(
      unknown('module.remote was not read: source "hashicorp/foo/aws" is not on disk (run terraform init to fetch it); its resources were not assessed'),
    );
  });
});
