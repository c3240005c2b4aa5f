import {
  GetDetectorCommand,
  GetFindingsCommand,
  GetFindingsStatisticsCommand,
  ListDetectorsCommand,
  ListFindingsCommand,
} from '@aws-sdk/client-guardduty';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import type { CallRecord } from '../caller.js';
import { collectAws } from '../index.js';
import { ACCOUNT, byRegion, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';
import { opsOneOfEverything } from './mock-account.js';
import { OPS_COLLECTORS } from './index.js';

const mocks = mockAws();
const R = 'us-east-1';
const gd = () => mocks.of('guardduty');
const detectors = async (regions = [R]) => ofType((await collectAws({ regions })).resources, 'AWS::GuardDuty::Detector');

describe('GuardDuty detectors', () => {
  it('emits a "no detector" resource for a region without one, so every region is judged', async () => {
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::GuardDuty::Detector')).toEqual([
      {
        provider: 'aws',
        type: 'AWS::GuardDuty::Detector',
        id: `arn:aws:guardduty:${R}:${ACCOUNT}:detector`,
        name: `no detector (${R})`,
        account: ACCOUNT,
        region: R,
        tags: {},
        props: { detectorId: null, status: null, findings: null },
        origin: { kind: 'live', calls: ['guardduty:ListDetectors'] },
      },
    ]);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::GuardDuty::Detector', complete: true, reasons: [] });
  });

  it('reads status, tags and a findings summary: counts by severity, and the oldest open finding', async () => {
    gd().on(ListDetectorsCommand, { NextToken: undefined }).resolves({ DetectorIds: [], NextToken: 'p2' });
    gd().on(ListDetectorsCommand, { NextToken: 'p2' }).resolves({ DetectorIds: ['d1'] });
    gd().on(GetDetectorCommand).resolves({ Status: 'ENABLED', ServiceRole: 'role', Tags: { env: 'prod' } });
    gd().on(GetFindingsStatisticsCommand).resolves({ FindingStatistics: { CountBySeverity: { '2': 4, '8': 1, '5.5': 2 } } });
    gd().on(ListFindingsCommand).resolves({ FindingIds: ['f-old'] });
    gd().on(GetFindingsCommand).resolves({ Findings: [{ Id: 'f-old', CreatedAt: '2025-02-01T10:00:00.000Z' } as never] });
    const [d] = await detectors();
    expect(d).toMatchObject({
      id: `arn:aws:guardduty:${R}:${ACCOUNT}:detector/d1`,
      tags: { env: 'prod' },
      props: {
        detectorId: 'd1',
        status: 'ENABLED',
        findings: {
          activeBySeverity: [
            { severity: 8, count: 1 },
            { severity: 5.5, count: 2 },
            { severity: 2, count: 4 },
          ],
          oldestActiveCreatedAt: '2025-02-01T10:00:00.000Z',
        },
      },
    });
    // Only open findings are counted, and only one finding is read, for its date.
    const stats = gd().commandCalls(GetFindingsStatisticsCommand)[0]!.args[0].input;
    expect(stats.FindingCriteria).toEqual({ Criterion: { 'service.archived': { Equals: ['false'] } } });
    expect(gd().commandCalls(ListFindingsCommand)[0]!.args[0].input).toMatchObject({ MaxResults: 1, SortCriteria: { AttributeName: 'createdAt', OrderBy: 'ASC' } });
    expect(gd().commandCalls(GetFindingsCommand)[0]!.args[0].input.FindingIds).toEqual(['f-old']);
  });

  it('skips the oldest-finding lookup when nothing is open, and reads a suspended detector', async () => {
    gd().on(ListDetectorsCommand).resolves({ DetectorIds: ['d1'] });
    gd().on(GetDetectorCommand).resolves({ Status: 'DISABLED', ServiceRole: 'role' });
    gd().on(GetFindingsStatisticsCommand).resolves({ FindingStatistics: { CountBySeverity: {} } });
    const [d] = await detectors();
    expect(d!.props).toEqual({ detectorId: 'd1', status: 'DISABLED', findings: { activeBySeverity: [], oldestActiveCreatedAt: null } });
    expect(gd().commandCalls(ListFindingsCommand)).toHaveLength(0);
  });

  it('makes denied detail calls unknown, and a denied listing an incomplete, unjudged region', async () => {
    gd().on(ListDetectorsCommand).callsFake(byRegion({ [R]: { DetectorIds: ['d1'] }, 'eu-west-1': deniedJson('guardduty:ListDetectors') }));
    gd().on(GetDetectorCommand).rejects(deniedJson('guardduty:GetDetector'));
    gd().on(GetFindingsStatisticsCommand).rejects(throttled());
    const result = await collectAws({ regions: [R, 'eu-west-1'] });
    const list = ofType(result.resources, 'AWS::GuardDuty::Detector');
    expect(list).toHaveLength(1);
    expect(list[0]!.props).toEqual({
      detectorId: 'd1',
      status: unknown('AccessDenied on guardduty:GetDetector'),
      findings: unknown('throttled: guardduty:GetFindingsStatistics gave up after 10 attempts'),
    });
    expect(list[0]!.tags).toEqual(unknown('AccessDenied on guardduty:GetDetector'));
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::GuardDuty::Detector',
      complete: false,
      reasons: ['AccessDenied on guardduty:ListDetectors in eu-west-1'],
    });
    expect(result.problems.map((p) => p.source)).toContain(`aws:${ACCOUNT}:eu-west-1:guardduty`);
  });
});

describe('the ops family in a full scan', () => {
  it('calls every operation it declares, each without error, when every resource exists', async () => {
    opsOneOfEverything(mocks);
    const calls: CallRecord[] = [];
    await collectAws({ regions: [R], onCall: (c) => calls.push(c) });
    const declared = OPS_COLLECTORS.flatMap((c) => Object.keys(c.permissions)).sort();
    const mine = calls.filter((c) => declared.includes(`${c.service}:${c.operation}`));
    expect(mine.filter((c) => c.error)).toEqual([]);
    expect([...new Set(mine.map((c) => `${c.service}:${c.operation}`))].sort()).toEqual(declared);
  });
});
