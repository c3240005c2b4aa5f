import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

type LogGroup = Resource<'AWS::Logs::LogGroup'>;

function group(props: string): LogGroup {
  const yaml = `Parameters:\n  Days: {Type: Number, Default: "731"}\n  P: {Type: String}\nResources:\n  Key: {Type: AWS::KMS::Key}\n  G:\n    Type: AWS::Logs::LogGroup\n    Properties: ${props}\n`;
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return result.resources.find((r) => r.type === 'AWS::Logs::LogGroup') as LogGroup;
}

describe('AWS::Logs::LogGroup', () => {
  it('settles every default', () => {
    const g = group('{}');
    expect(g).toMatchObject({ id: 'tpl.yaml#G', name: 'G', refs: ['ref:tpl.yaml#G'], tags: {} });
    expect(g.props).toEqual({
      logGroupName: { $unknown: 'LogGroupName is not declared: CloudFormation generates it at deploy time' },
      retentionInDays: null,
      kmsKeyId: null,
    });
  });

  it('reads the name, retention (text from a parameter) and key', () => {
    const g = group('{LogGroupName: /phi/app, RetentionInDays: !Ref Days, KmsKeyId: !GetAtt Key.Arn, Tags: [{Key: a, Value: b}]}');
    expect(g).toMatchObject({ name: '/phi/app', refs: ['ref:tpl.yaml#G', '/phi/app'], tags: { a: 'b' } });
    expect(g.props).toEqual({ logGroupName: '/phi/app', retentionInDays: 731, kmsKeyId: 'ref:tpl.yaml#Key' });
  });

  it('is unknown where the template cannot say', () => {
    expect(group('{RetentionInDays: !Ref P, KmsKeyId: !ImportValue K}').props).toMatchObject({
      retentionInDays: { $unknown: 'parameter P has no value' },
      kmsKeyId: { $unknown: "Fn::ImportValue reads another stack's export" },
    });
    expect(group('{RetentionInDays: forever}').props.retentionInDays).toEqual({ $unknown: 'RetentionInDays should be a number, not "forever"' });
  });
});
