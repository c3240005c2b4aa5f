import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('aws_sns_topic, aws_sqs_queue, aws_kinesis_stream', () => {
  it('settles provider defaults and reads keys', async () => {
    const main = `
resource "aws_kms_key" "k" {}
resource "aws_sns_topic" "plain" { name = "alerts" }
resource "aws_sns_topic" "enc" {
  name              = "claims"
  kms_master_key_id = aws_kms_key.k.id
}
resource "aws_sqs_queue" "default" { name = "intake" }
resource "aws_sqs_queue" "cmk" {
  name              = "claims"
  kms_master_key_id = aws_kms_key.k.arn
}
resource "aws_sqs_queue" "none" {
  name_prefix             = "legacy-"
  sqs_managed_sse_enabled = false
}
resource "aws_kinesis_stream" "plain" {
  name        = "clicks"
  shard_count = 1
}
resource "aws_kinesis_stream" "enc" {
  name            = "vitals"
  shard_count     = 1
  encryption_type = "KMS"
  kms_key_id      = "alias/aws/kinesis"
}
`;
    const r = await scanHcl({ 'main.tf': main });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, 'AWS::SNS::Topic', 'aws_sns_topic.plain').props).toEqual({ topicName: 'alerts', kmsMasterKeyId: null });
    expect(byAddress(r, 'AWS::SNS::Topic', 'aws_sns_topic.enc').props.kmsMasterKeyId).toBe('ref:infra#aws_kms_key.k');
    expect(byAddress(r, 'AWS::SQS::Queue', 'aws_sqs_queue.default').props).toEqual({ queueName: 'intake', kmsMasterKeyId: null, sqsManagedSse: true });
    expect(byAddress(r, 'AWS::SQS::Queue', 'aws_sqs_queue.cmk').props).toMatchObject({ kmsMasterKeyId: 'ref:infra#aws_kms_key.k', sqsManagedSse: false });
    expect(byAddress(r, 'AWS::SQS::Queue', 'aws_sqs_queue.none').props).toEqual({
      queueName: { $unknown: 'name is generated from name_prefix at apply' },
      kmsMasterKeyId: null,
      sqsManagedSse: false,
    });
    expect(byAddress(r, 'AWS::Kinesis::Stream', 'aws_kinesis_stream.plain').props).toEqual({ streamName: 'clicks', encryptionType: 'NONE', kmsKeyId: null });
    expect(byAddress(r, 'AWS::Kinesis::Stream', 'aws_kinesis_stream.enc').props).toEqual({ streamName: 'vitals', encryptionType: 'KMS', kmsKeyId: 'alias/aws/kinesis' });
  });
});
