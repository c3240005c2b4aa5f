import { GetTopicAttributesCommand, ListTagsForResourceCommand, ListTopicsCommand } from '@aws-sdk/client-sns';
import { GetQueueAttributesCommand, ListQueuesCommand, ListQueueTagsCommand } from '@aws-sdk/client-sqs';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';

/** SNS topics: ListTopics names them, GetTopicAttributes holds the key. */
export const snsCollector: ServiceCollector = {
  service: 'sns',
  types: ['AWS::SNS::Topic'],
  permissions: {
    'sns:ListTopics': 'sns:ListTopics',
    'sns:GetTopicAttributes': 'sns:GetTopicAttributes',
    'sns:ListTagsForResource': 'sns:ListTagsForResource',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectTopics(ctx, region)),
};

async function collectTopics(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list('sns', region, (NextToken) => new ListTopicsCommand({ NextToken }), (o) => o.Topics, (o) => o.NextToken);
  ctx.listed('AWS::SNS::Topic', 'sns', region, listing.failure);
  await ctx.forEach(listing.items, async ({ TopicArn: arn }) => {
    if (!arn) return;
    const [attrs, tagging] = await Promise.all([
      ctx.call('sns', region, new GetTopicAttributesCommand({ TopicArn: arn })),
      ctx.call('sns', region, new ListTagsForResourceCommand({ ResourceArn: arn })),
    ]);
    // Deleted between the listing and now.
    if (!attrs.ok && attrs.failure.code === 'NotFoundException') return;
    const name = arn.split(':').pop()!;
    ctx.add({
      provider: 'aws',
      type: 'AWS::SNS::Topic',
      id: arn,
      name,
      account: ctx.account,
      region,
      tags: known(tagging, (o) => tagRecord(o.Tags, (t) => t.Key, (t) => t.Value)),
      props: { topicName: name, kmsMasterKeyId: known(attrs, (o) => o.Attributes?.KmsMasterKeyId || null) },
      origin: { kind: 'live', calls: [...listing.calls, attrs.call, tagging.call] },
      refs: [arn, name],
    });
  });
}

/** SQS queues: ListQueues gives URLs, GetQueueAttributes (All) the ARN and encryption. */
export const sqsCollector: ServiceCollector = {
  service: 'sqs',
  types: ['AWS::SQS::Queue'],
  permissions: {
    'sqs:ListQueues': 'sqs:ListQueues',
    'sqs:GetQueueAttributes': 'sqs:GetQueueAttributes',
    'sqs:ListQueueTags': 'sqs:ListQueueTags',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectQueues(ctx, region)),
};

const GONE = new Set(['QueueDoesNotExist', 'AWS.SimpleQueueService.NonExistentQueue']);

async function collectQueues(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'sqs',
    region,
    (NextToken) => new ListQueuesCommand({ MaxResults: 1000, NextToken }),
    (o) => o.QueueUrls,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::SQS::Queue', 'sqs', region, listing.failure);
  await ctx.forEach(listing.items, async (url) => {
    const [attrs, tagging] = await Promise.all([
      ctx.call('sqs', region, new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['All'] })),
      ctx.call('sqs', region, new ListQueueTagsCommand({ QueueUrl: url })),
    ]);
    if (!attrs.ok && GONE.has(attrs.failure.code)) return;
    const name = url.split('/').pop()!;
    const a = attrs.ok ? (attrs.value.Attributes ?? {}) : undefined;
    const arn = a?.QueueArn ?? `arn:${ctx.partition}:sqs:${region}:${ctx.account}:${name}`;
    const why = attrs.ok ? undefined : unknown(attrs.failure.reason);
    ctx.add({
      provider: 'aws',
      type: 'AWS::SQS::Queue',
      id: arn,
      name,
      account: ctx.account,
      region,
      tags: known(tagging, (o) => ({ ...o.Tags })),
      props: {
        queueName: name,
        kmsMasterKeyId: why ?? (a?.KmsMasterKeyId || null),
        sqsManagedSse: why ?? a?.SqsManagedSseEnabled === 'true',
      },
      origin: { kind: 'live', calls: [...listing.calls, attrs.call, tagging.call] },
      refs: [arn, url, name],
    });
  });
}
