import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function parse(resources: string): AnyResource[] {
  const result = parseCloudFormation('tpl.yaml', `Parameters:\n  P: {Type: String}\nResources:\n  Key: {Type: AWS::KMS::Key}\n${resources}`);
  expect(result.problems).toEqual([]);
  return result.resources.filter((r) => r.type !== 'AWS::KMS::Key');
}

describe('SNS, SQS and Kinesis in templates', () => {
  it('settles the defaults: unencrypted topic and stream, SSE-SQS queue', () => {
    const [t, q, s] = parse('  T: {Type: AWS::SNS::Topic}\n  Q: {Type: AWS::SQS::Queue}\n  S: {Type: AWS::Kinesis::Stream, Properties: {ShardCount: 1}}\n');
    expect(t!.props).toEqual({ topicName: { $unknown: 'TopicName is not declared: CloudFormation generates it at deploy time' }, kmsMasterKeyId: null });
    expect(q!.props).toMatchObject({ kmsMasterKeyId: null, sqsManagedSse: true });
    expect(s!.props).toMatchObject({ encryptionType: 'NONE', kmsKeyId: null });
  });

  it('reads keys, names and tags, and SSE-SQS turned off', () => {
    const [t, q, q2, s] = parse(
      [
        '  T: {Type: AWS::SNS::Topic, Properties: {TopicName: claims, KmsMasterKeyId: !Ref Key, Tags: [{Key: phi, Value: "true"}]}}',
        '  Q: {Type: AWS::SQS::Queue, Properties: {QueueName: intake.fifo, FifoQueue: true, KmsMasterKeyId: alias/aws/sqs}}',
        '  Q2: {Type: AWS::SQS::Queue, Properties: {SqsManagedSseEnabled: false}}',
        '  S: {Type: AWS::Kinesis::Stream, Properties: {Name: vitals, StreamEncryption: {EncryptionType: KMS, KeyId: !GetAtt Key.Arn}}}',
        '',
      ].join('\n'),
    );
    expect(t).toMatchObject({ name: 'claims', tags: { phi: 'true' }, props: { topicName: 'claims', kmsMasterKeyId: 'ref:tpl.yaml#Key' } });
    expect(q).toMatchObject({ name: 'intake.fifo', props: { kmsMasterKeyId: 'alias/aws/sqs', sqsManagedSse: false } });
    expect(q2!.props).toMatchObject({ kmsMasterKeyId: null, sqsManagedSse: false });
    expect(s!.props).toEqual({ streamName: 'vitals', encryptionType: 'KMS', kmsKeyId: 'ref:tpl.yaml#Key' });
  });

  it('is unknown where the template cannot say', () => {
    const [s] = parse('  S: {Type: AWS::Kinesis::Stream, Properties: {StreamEncryption: {EncryptionType: !Ref P, KeyId: k}}}\n');
    expect(s!.props).toMatchObject({ encryptionType: { $unknown: 'parameter P has no value' }, kmsKeyId: { $unknown: 'parameter P has no value' } });
  });
});
