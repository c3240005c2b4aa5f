import { DescribeStreamSummaryCommand, ListStreamsCommand, ListTagsForStreamCommand } from '@aws-sdk/client-kinesis';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const arn = (n: string) => `arn:aws:kinesis:${R}:${ACCOUNT}:stream/${n}`;
const summary = (n: string) => ({ StreamName: n, StreamARN: arn(n), StreamStatus: 'ACTIVE' as const });

function twoStreams(): void {
  const k = mocks.of('kinesis');
  k.on(ListStreamsCommand, { NextToken: undefined })
    .resolves({ StreamNames: ['vitals'], StreamSummaries: [summary('vitals')], HasMoreStreams: true, NextToken: 'p2' })
    .on(ListStreamsCommand, { NextToken: 'p2' })
    .resolves({ StreamNames: ['clicks'], StreamSummaries: [summary('clicks')], HasMoreStreams: false });
  k.on(DescribeStreamSummaryCommand, { StreamARN: arn('vitals') }).resolves({ StreamDescriptionSummary: { StreamARN: arn('vitals'), EncryptionType: 'KMS', KeyId: 'alias/aws/kinesis' } as never });
  k.on(DescribeStreamSummaryCommand, { StreamARN: arn('clicks') }).resolves({ StreamDescriptionSummary: { StreamARN: arn('clicks'), EncryptionType: 'NONE' } as never });
  k.on(ListTagsForStreamCommand, { StreamARN: arn('vitals'), ExclusiveStartTagKey: undefined })
    .resolves({ Tags: [{ Key: 'phi', Value: 'true' }], HasMoreTags: true })
    .on(ListTagsForStreamCommand, { StreamARN: arn('vitals'), ExclusiveStartTagKey: 'phi' })
    .resolves({ Tags: [{ Key: 'team', Value: 'devices' }], HasMoreTags: false });
  k.on(ListTagsForStreamCommand, { StreamARN: arn('clicks') }).resolves({ Tags: [], HasMoreTags: false });
}

describe('Kinesis streams', () => {
  it('lists every page and reads encryption and every page of tags', async () => {
    twoStreams();
    const result = await collectAws({ regions: [R] });
    const streams = ofType(result.resources, 'AWS::Kinesis::Stream');
    expect(streams.map((s) => [s.name, s.props.encryptionType, s.props.kmsKeyId])).toEqual([
      ['clicks', 'NONE', null],
      ['vitals', 'KMS', 'alias/aws/kinesis'],
    ]);
    expect(streams[1]).toMatchObject({ id: arn('vitals'), refs: [arn('vitals'), 'vitals'], tags: { phi: 'true', team: 'devices' } });
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::Kinesis::Stream', complete: true, reasons: [] });
  });

  it('makes encryption unknown when the summary is throttled, tags unknown when denied', async () => {
    twoStreams();
    mocks.of('kinesis').on(DescribeStreamSummaryCommand, { StreamARN: arn('clicks') }).rejects(throttled());
    mocks.of('kinesis').on(ListTagsForStreamCommand, { StreamARN: arn('clicks') }).rejects(deniedJson('kinesis:ListTagsForStream'));
    const streams = ofType((await collectAws({ regions: [R] })).resources, 'AWS::Kinesis::Stream');
    const why = unknown('throttled: kinesis:DescribeStreamSummary gave up after 10 attempts');
    expect(streams[0]!.props).toEqual({ streamName: 'clicks', encryptionType: why, kmsKeyId: why });
    expect(streams[0]!.tags).toEqual(unknown('AccessDenied on kinesis:ListTagsForStream'));
  });

  it('reports a denied listing, and an empty account', async () => {
    let result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::Kinesis::Stream')).toMatchObject({ complete: true });
    mocks.of('kinesis').on(ListStreamsCommand).rejects(deniedJson('kinesis:ListStreams'));
    result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::Kinesis::Stream')).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::Kinesis::Stream')).toMatchObject({ complete: false });
  });
});
