import { DescribeStreamSummaryCommand, ListStreamsCommand, ListTagsForStreamCommand, type StreamSummary } from '@aws-sdk/client-kinesis';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';

/** Kinesis data streams: the encryption settings come from DescribeStreamSummary. */
export const kinesisCollector: ServiceCollector = {
  service: 'kinesis',
  types: ['AWS::Kinesis::Stream'],
  permissions: {
    'kinesis:ListStreams': 'kinesis:ListStreams',
    'kinesis:DescribeStreamSummary': 'kinesis:DescribeStreamSummary',
    'kinesis:ListTagsForStream': 'kinesis:ListTagsForStream',
  },
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'kinesis',
    region,
    (NextToken) => new ListStreamsCommand({ Limit: 100, NextToken }),
    (o) => o.StreamSummaries,
    (o) => (o.HasMoreStreams ? o.NextToken : undefined),
  );
  ctx.listed('AWS::Kinesis::Stream', 'kinesis', region, listing.failure);
  await ctx.forEach(listing.items, (s) => collectStream(ctx, region, s, listing.calls));
}

async function collectStream(ctx: AwsContext, region: string, s: StreamSummary, listCalls: string[]): Promise<void> {
  const name = s.StreamName;
  if (!name) return;
  const arn = s.StreamARN ?? `arn:${ctx.partition}:kinesis:${region}:${ctx.account}:stream/${name}`;
  const [described, tags] = await Promise.all([
    ctx.call('kinesis', region, new DescribeStreamSummaryCommand({ StreamARN: arn })),
    ctx.list(
      'kinesis',
      region,
      (ExclusiveStartTagKey) => new ListTagsForStreamCommand({ StreamARN: arn, ExclusiveStartTagKey }),
      (o) => o.Tags,
      (o) => (o.HasMoreTags ? o.Tags?.at(-1)?.Key : undefined),
    ),
  ]);
  if (!described.ok && described.failure.code === 'ResourceNotFoundException') return;
  const summary = described.ok ? described.value.StreamDescriptionSummary : undefined;
  const why = described.ok ? undefined : unknown(described.failure.reason);
  const type = summary?.EncryptionType;
  ctx.add({
    provider: 'aws',
    type: 'AWS::Kinesis::Stream',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: tags.failure ? unknown(tags.failure.reason) : tagRecord(tags.items, (t) => t.Key, (t) => t.Value),
    props: {
      streamName: name,
      encryptionType: why ?? (type === 'KMS' ? 'KMS' : 'NONE'),
      kmsKeyId: why ?? (type === 'KMS' ? (summary?.KeyId ?? null) : null),
    },
    origin: { kind: 'live', calls: [...listCalls, described.call, ...tags.calls] },
    refs: [arn, name],
  });
}
