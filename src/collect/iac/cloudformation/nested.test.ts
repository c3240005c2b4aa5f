import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../model/resource.js';
import { collectIac } from '../index.js';

function tree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'phiguard-nested-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir.split(sep).join('/');
}

const CHILD = `Parameters:
  Retention:
    Type: Number
    Default: 30
  Key:
    Type: String
    Default: ''
Resources:
  AppLogs:
    Type: AWS::Logs::LogGroup
    Properties:
      RetentionInDays: !Ref Retention
      KmsKeyId: !Ref Key
`;

describe('nested stacks by local path', () => {
  it('reads each child with what its parent passes, scoped under the parent stack resource', async () => {
    const dir = tree({
      'parent.yaml': `Resources:
  LogsKey:
    Type: AWS::KMS::Key
  Audit:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./stacks/logs.yaml
      Parameters:
        Retention: 2192
        Key: !GetAtt LogsKey.Arn
  Scratch:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./stacks/logs.yaml
`,
      'stacks/logs.yaml': CHILD,
    });
    const result = await collectIac([dir]);
    expect(result.problems).toEqual([]);
    const groups = result.resources.filter((r) => r.type === 'AWS::Logs::LogGroup') as Resource<'AWS::Logs::LogGroup'>[];
    // The child is not also scanned on its own with its defaults.
    expect(groups.map((g) => [g.id, g.origin.kind === 'iac' && g.origin.address, g.props.retentionInDays])).toEqual([
      [`${dir}/parent.yaml#Audit>${dir}/stacks/logs.yaml#AppLogs`, 'Audit/AppLogs', 2192],
      [`${dir}/parent.yaml#Scratch>${dir}/stacks/logs.yaml#AppLogs`, 'Scratch/AppLogs', 30],
    ]);
    expect(groups[0]!.origin).toMatchObject({ file: `${dir}/stacks/logs.yaml`, line: 9 });
    // The parent's key, passed in by GetAtt, is the key the child's log group names.
    const key = result.resources.find((r) => r.type === 'AWS::KMS::Key')!;
    expect(key.refs).toContain(groups[0]!.props.kmsKeyId);
  });

  it('reports children that are not on disk, missing, or include themselves, and goes on', async () => {
    const dir = tree({
      'parent.yaml': `Parameters:
  Url:
    Type: String
Resources:
  Remote:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: https://s3.amazonaws.com/bucket/child.yaml
  Unknown:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: !Ref Url
  Missing:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./nope.yaml
  Loop:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./loop.yaml
`,
      'loop.yaml': `Resources:
  Again:
    Type: AWS::CloudFormation::Stack
    Properties:
      TemplateURL: ./loop.yaml
  Bucket:
    Type: AWS::S3::Bucket
`,
    });
    const result = await collectIac([dir]);
    expect(result.problems.map((p) => p.message)).toEqual([
      'nested stack Remote: template https://s3.amazonaws.com/bucket/child.yaml is not on disk; its resources were not assessed (scan the child template itself, with --param for what the parent passes)',
      'nested stack Unknown: its TemplateURL is not known (parameter Url has no value); its resources were not assessed (scan the child template itself, with --param for what the parent passes)',
      `nested stack Missing: template ${dir}/nope.yaml not found; its resources were not assessed`,
      `nested stack Again: ${dir}/loop.yaml includes itself through ${dir}/parent.yaml → ${dir}/loop.yaml → ${dir}/loop.yaml; not expanded again`,
    ]);
    expect(result.resources.map((r) => r.origin.kind === 'iac' && r.origin.address)).toEqual(['Loop/Bucket']);
  });
});
