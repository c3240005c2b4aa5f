import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

const parse = (file: string, text = readFileSync(file, 'utf8')) => {
  const result = parseCloudFormation(file, text);
  expect(result.problems).toEqual([]);
  return result.resources.filter((r: AnyResource) => r.type.startsWith('AWS::SSM::'));
};

describe('AWS::SSM::Document', () => {
  it('reads the SSM-SessionManagerRunShell Session document as Session Manager preferences', () => {
    const [good] = parse('examples/rules/core/ssm/cloudformation/session-manager-good.yaml');
    expect(good).toMatchObject({
      type: 'AWS::SSM::SessionManagerPreferences',
      name: 'SSM-SessionManagerRunShell',
      props: { configured: true, s3BucketName: 'acme-phi-session-logs', s3EncryptionEnabled: true, cloudWatchEncryptionEnabled: true },
    });
    const [bad] = parse('examples/rules/core/ssm/cloudformation/session-manager-bad.yaml');
    expect(bad!.props).toEqual({
      configured: true,
      s3BucketName: 'ops-session-logs',
      s3EncryptionEnabled: false,
      cloudWatchLogGroupName: null,
      cloudWatchEncryptionEnabled: false,
      kmsKeyId: null,
    });
  });

  it('reads any other document as a document no template can share, defaulting the type to Command', () => {
    const docs = parse(
      'tpl.yaml',
      `Parameters:
  Name: {Type: String}
Resources:
  Runbook:
    Type: AWS::SSM::Document
    Properties:
      Content: {schemaVersion: '2.2', mainSteps: []}
  Named:
    Type: AWS::SSM::Document
    Properties:
      Name: !Ref Name
      DocumentType: Session
      Content: {inputs: {s3BucketName: logs}}
`,
    );
    expect(docs.map((d) => [d.type, d.props])).toEqual([
      ['AWS::SSM::Document', { documentName: { $unknown: 'Name is not declared: CloudFormation generates it at deploy time' }, documentType: 'Command', sharedWith: [] }],
      ['AWS::SSM::Document', { documentName: expect.objectContaining({ $unknown: expect.any(String) }), documentType: 'Session', sharedWith: [] }],
    ]);
  });
});
