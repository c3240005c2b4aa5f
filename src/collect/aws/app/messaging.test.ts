import { GetTopicAttributesCommand, ListTagsForResourceCommand, ListTopicsCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ListQueuesCommand, ListQueueTagsCommand } from '@aws-sdk/client-sqs';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, denied, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const topic = (n: string) => `arn:aws:sns:${R}:${ACCOUNT}:${n}`;
const queueUrl = (n: string) => `https://sqs.${R}.amazonaws.com/${ACCOUNT}/${n}`;
const KEY = `arn:aws:kms:${R}:${ACCOUNT}:key/1234`;

describe('SNS topics', () => {
  it('lists every page and reads the key and tags', async () => {
    const sns = mocks.of('sns');
    sns
      .on(ListTopicsCommand, { NextToken: undefined })
      .resolves({ Topics: [{ TopicArn: topic('claims') }], NextToken: 'n2' })
      .on(ListTopicsCommand, { NextToken: 'n2' })
      .resolves({ Topics: [{ TopicArn: topic('alerts') }] });
    sns.on(GetTopicAttributesCommand, { TopicArn: topic('claims') }).resolves({ Attributes: { TopicArn: topic('claims'), KmsMasterKeyId: 'alias/phi-events' } });
    sns.on(GetTopicAttributesCommand, { TopicArn: topic('alerts') }).resolves({ Attributes: { TopicArn: topic('alerts') } });
    sns.on(ListTagsForResourceCommand, { ResourceArn: topic('claims') }).resolves({ Tags: [{ Key: 'phi', Value: 'true' }] });
    sns.on(ListTagsForResourceCommand, { ResourceArn: topic('alerts') }).rejects(awsError('AuthorizationError', 403, 'not authorized to perform: SNS:ListTagsForResource'));
    const result = await collectAws({ regions: [R] });
    const topics = ofType(result.resources, 'AWS::SNS::Topic');
    expect(topics.map((t) => [t.name, t.props.kmsMasterKeyId])).toEqual([
      ['alerts', null],
      ['claims', 'alias/phi-events'],
    ]);
    expect(topics[1]).toMatchObject({ id: topic('claims'), refs: [topic('claims'), 'claims'], tags: { phi: 'true' } });
    expect(topics[0]!.tags).toEqual({ $unknown: expect.stringMatching(/sns:ListTagsForResource/) });
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::SNS::Topic', complete: true, reasons: [] });
  });

  it('marks the listing incomplete when ListTopics is denied, and the key unknown when attributes are throttled', async () => {
    mocks.of('sns').on(ListTopicsCommand).rejects(denied('SNS:ListTopics'));
    let result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::SNS::Topic')).toMatchObject({ complete: false });
    expect(result.problems[0]).toMatchObject({ source: `aws:${ACCOUNT}:${R}:sns` });

    mocks.of('sns').on(ListTopicsCommand).resolves({ Topics: [{ TopicArn: topic('claims') }] });
    mocks.of('sns').on(GetTopicAttributesCommand).rejects(throttled());
    mocks.of('sns').on(ListTagsForResourceCommand).resolves({ Tags: [] });
    result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::SNS::Topic')[0]!.props.kmsMasterKeyId).toEqual(unknown('throttled: sns:GetTopicAttributes gave up after 10 attempts'));
  });
});

describe('SQS queues', () => {
  it('lists every page and reads the ARN, KMS key, SSE-SQS and tags', async () => {
    const sqs = mocks.of('sqs');
    sqs
      .on(ListQueuesCommand, { NextToken: undefined })
      .resolves({ QueueUrls: [queueUrl('intake')], NextToken: 'q2' })
      .on(ListQueuesCommand, { NextToken: 'q2' })
      .resolves({ QueueUrls: [queueUrl('audit'), queueUrl('legacy')] });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl('intake') }).resolves({ Attributes: { QueueArn: `arn:aws:sqs:${R}:${ACCOUNT}:intake`, KmsMasterKeyId: KEY, SqsManagedSseEnabled: 'false' } });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl('audit') }).resolves({ Attributes: { QueueArn: `arn:aws:sqs:${R}:${ACCOUNT}:audit`, SqsManagedSseEnabled: 'true' } });
    sqs.on(GetQueueAttributesCommand, { QueueUrl: queueUrl('legacy') }).resolves({ Attributes: { QueueArn: `arn:aws:sqs:${R}:${ACCOUNT}:legacy` } });
    sqs.on(ListQueueTagsCommand).resolves({ Tags: { team: 'claims' } });
    const result = await collectAws({ regions: [R] });
    const queues = ofType(result.resources, 'AWS::SQS::Queue');
    expect(queues.map((q) => [q.name, q.props.kmsMasterKeyId, q.props.sqsManagedSse])).toEqual([
      ['audit', null, true],
      ['intake', KEY, false],
      ['legacy', null, false],
    ]);
    expect(queues[1]).toMatchObject({ id: `arn:aws:sqs:${R}:${ACCOUNT}:intake`, refs: [`arn:aws:sqs:${R}:${ACCOUNT}:intake`, queueUrl('intake'), 'intake'], tags: { team: 'claims' } });
  });

  it('turns denied attributes into unknown encryption, skips a deleted queue, and reports a denied listing', async () => {
    mocks.of('sqs').on(ListQueuesCommand).resolves({ QueueUrls: [queueUrl('a'), queueUrl('gone')] });
    mocks.of('sqs').on(GetQueueAttributesCommand, { QueueUrl: queueUrl('a') }).rejects(denied('sqs:GetQueueAttributes'));
    mocks.of('sqs').on(GetQueueAttributesCommand, { QueueUrl: queueUrl('gone') }).rejects(awsError('QueueDoesNotExist', 400));
    mocks.of('sqs').on(ListQueueTagsCommand).resolves({});
    let result = await collectAws({ regions: [R] });
    const queues = ofType(result.resources, 'AWS::SQS::Queue');
    expect(queues.map((q) => q.name)).toEqual(['a']);
    expect(queues[0]!.props).toEqual({ queueName: 'a', kmsMasterKeyId: unknown('AccessDenied on sqs:GetQueueAttributes'), sqsManagedSse: unknown('AccessDenied on sqs:GetQueueAttributes') });

    mocks.of('sqs').on(ListQueuesCommand).rejects(denied('sqs:ListQueues'));
    result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::SQS::Queue')).toMatchObject({ complete: false, reasons: [`AccessDenied on sqs:ListQueues in ${R}`] });
  });

  it('finds no topics or queues in an empty account', async () => {
    const result = await collectAws({ regions: [R] });
    expect(result.resources.filter((r) => r.type === 'AWS::SQS::Queue' || r.type === 'AWS::SNS::Topic')).toEqual([]);
    expect(result.coverage.filter((c) => c.type === 'AWS::SQS::Queue' || c.type === 'AWS::SNS::Topic').map((c) => c.complete)).toEqual([true, true]);
  });
});
