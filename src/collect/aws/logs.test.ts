import { DescribeLogGroupsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch-logs';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../model/unknown.js';
import { collectAws } from './index.js';
import { ACCOUNT, awsError, deniedJson, mockAws, ofType, throttled } from './test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const groupArn = (name: string) => `arn:aws:logs:${R}:${ACCOUNT}:log-group:${name}`;
const KEY = `arn:aws:kms:${R}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000003`;

describe('CloudWatch Logs log groups', () => {
  it('reads every page and settles retention and key defaults', async () => {
    mocks.logs
      .on(DescribeLogGroupsCommand, { nextToken: undefined })
      .resolves({
        logGroups: [
          {
            logGroupName: '/phi/app',
            creationTime: 1700000000000,
            retentionInDays: 2192,
            metricFilterCount: 0,
            arn: `${groupArn('/phi/app')}:*`,
            storedBytes: 1024,
            kmsKeyId: KEY,
            logGroupClass: 'STANDARD',
            logGroupArn: groupArn('/phi/app'),
          },
        ],
        nextToken: 'page-2',
      })
      .on(DescribeLogGroupsCommand, { nextToken: 'page-2' })
      .resolves({
        logGroups: [
          // An older compatible endpoint: no logGroupArn, no retention, no key.
          { logGroupName: '/aws/lambda/intake', creationTime: 1700000000000, metricFilterCount: 0, arn: `${groupArn('/aws/lambda/intake')}:*`, storedBytes: 0 },
        ],
      });
    mocks.logs.on(ListTagsForResourceCommand, { resourceArn: groupArn('/phi/app') }).resolves({ tags: { 'data-class': 'phi' } });
    mocks.logs.on(ListTagsForResourceCommand, { resourceArn: groupArn('/aws/lambda/intake') }).resolves({ tags: {} });

    const result = await collectAws({ regions: [R] });
    const groups = ofType(result.resources, 'AWS::Logs::LogGroup');
    expect(groups).toEqual([
      {
        provider: 'aws',
        type: 'AWS::Logs::LogGroup',
        id: groupArn('/aws/lambda/intake'),
        name: '/aws/lambda/intake',
        account: ACCOUNT,
        region: R,
        tags: {},
        props: { logGroupName: '/aws/lambda/intake', retentionInDays: null, kmsKeyId: null },
        origin: { kind: 'live', calls: ['logs:DescribeLogGroups', 'logs:ListTagsForResource'] },
        refs: ['/aws/lambda/intake', groupArn('/aws/lambda/intake'), `${groupArn('/aws/lambda/intake')}:*`],
      },
      {
        provider: 'aws',
        type: 'AWS::Logs::LogGroup',
        id: groupArn('/phi/app'),
        name: '/phi/app',
        account: ACCOUNT,
        region: R,
        tags: { 'data-class': 'phi' },
        props: { logGroupName: '/phi/app', retentionInDays: 2192, kmsKeyId: KEY },
        origin: { kind: 'live', calls: ['logs:DescribeLogGroups', 'logs:ListTagsForResource'] },
        refs: ['/phi/app', groupArn('/phi/app'), `${groupArn('/phi/app')}:*`],
      },
    ]);
    expect(mocks.logs.commandCalls(DescribeLogGroupsCommand)).toHaveLength(2);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::Logs::LogGroup', complete: true, reasons: [] });
  });

  it('leaves tags unknown when they cannot be read, and drops a group deleted meanwhile', async () => {
    mocks.logs.on(DescribeLogGroupsCommand).resolves({
      logGroups: [
        { logGroupName: 'a', arn: `${groupArn('a')}:*`, logGroupArn: groupArn('a') },
        { logGroupName: 'b', arn: `${groupArn('b')}:*`, logGroupArn: groupArn('b') },
      ],
    });
    mocks.logs.on(ListTagsForResourceCommand, { resourceArn: groupArn('a') }).rejects(throttled());
    mocks.logs
      .on(ListTagsForResourceCommand, { resourceArn: groupArn('b') })
      .rejects(awsError('ResourceNotFoundException', 400, 'The specified log group does not exist.'));
    const groups = ofType((await collectAws({ regions: [R] })).resources, 'AWS::Logs::LogGroup');
    expect(groups.map((g) => [g.name, g.tags])).toEqual([['a', unknown('throttled: logs:ListTagsForResource gave up after 10 attempts')]]);
  });

  it('reports a denied DescribeLogGroups as a problem and an incomplete listing', async () => {
    mocks.logs.on(DescribeLogGroupsCommand).rejects(deniedJson('logs:DescribeLogGroups'));
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::Logs::LogGroup')).toEqual([]);
    expect(result.problems).toEqual([
      {
        source: `aws:${ACCOUNT}:${R}:logs`,
        message: `AWS::Logs::LogGroup not fully listed: AccessDenied on logs:DescribeLogGroups (User: arn:aws:iam::${ACCOUNT}:user/auditor is not authorized to perform: logs:DescribeLogGroups)`,
      },
    ]);
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::Logs::LogGroup',
      complete: false,
      reasons: [`AccessDenied on logs:DescribeLogGroups in ${R}`],
    });
  });
});
