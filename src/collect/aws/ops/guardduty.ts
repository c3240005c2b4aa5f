import {
  GetDetectorCommand,
  GetFindingsCommand,
  GetFindingsStatisticsCommand,
  ListDetectorsCommand,
  ListFindingsCommand,
} from '@aws-sdk/client-guardduty';
import type { GuardDutyDetectorProps, GuardDutyFindingsSummary } from '../../../model/aws/ops.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector } from '../context.js';

/**
 * GuardDuty detectors, one resource per scanned region whether or not a detector exists
 * there. Findings are summarised (counts by severity, the oldest active one's date), never
 * read in bulk: an account can hold tens of thousands, and their bodies name resources and
 * principals the report has no need to copy.
 */
const permissions = {
  'guardduty:ListDetectors': 'guardduty:ListDetectors',
  'guardduty:GetDetector': 'guardduty:GetDetector',
  'guardduty:GetFindingsStatistics': 'guardduty:GetFindingsStatistics',
  'guardduty:ListFindings': 'guardduty:ListFindings',
  'guardduty:GetFindings': 'guardduty:GetFindings',
};

export const guarddutyCollector: ServiceCollector = {
  service: 'guardduty',
  types: ['AWS::GuardDuty::Detector'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

// Archived findings are the ones someone dealt with; everything else is still open.
const ACTIVE = { Criterion: { 'service.archived': { Equals: ['false'] } } };

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'guardduty',
    region,
    (NextToken) => new ListDetectorsCommand({ MaxResults: 50, NextToken }),
    (o) => o.DetectorIds,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::GuardDuty::Detector', 'guardduty', region, listing.failure);
  // Unlisted is not absent: a region whose listing failed gets no "no detector" resource.
  if (listing.failure) return;
  if (listing.items.length === 0) {
    const none: GuardDutyDetectorProps = { detectorId: null, status: null, findings: null };
    ctx.add({
      provider: 'aws',
      type: 'AWS::GuardDuty::Detector',
      id: `arn:${ctx.partition}:guardduty:${region}:${ctx.account}:detector`,
      name: `no detector (${region})`,
      account: ctx.account,
      region,
      tags: {},
      props: none,
      origin: { kind: 'live', calls: listing.calls },
    });
    return;
  }
  // A region holds at most one detector per account.
  await ctx.forEach(listing.items, (id) => collectDetector(ctx, region, id, listing.calls));
}

async function collectDetector(ctx: AwsContext, region: string, DetectorId: string, listCalls: string[]): Promise<void> {
  const detector = await ctx.call('guardduty', region, new GetDetectorCommand({ DetectorId }));
  if (!detector.ok && detector.failure.code === 'BadRequestException' && /not found|does not exist/i.test(detector.failure.message)) return;
  const status = known(detector, (o): Known<'ENABLED' | 'DISABLED'> =>
    o.Status === 'ENABLED' || o.Status === 'DISABLED' ? o.Status : unknown(`guardduty:GetDetector returned status ${String(o.Status)}`),
  );
  const findings = await summarise(ctx, region, DetectorId);
  const arn = `arn:${ctx.partition}:guardduty:${region}:${ctx.account}:detector/${DetectorId}`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::GuardDuty::Detector',
    id: arn,
    name: DetectorId,
    account: ctx.account,
    region,
    tags: known(detector, (o) => ({ ...o.Tags })),
    props: { detectorId: DetectorId, status, findings: findings.summary },
    origin: { kind: 'live', calls: [...listCalls, detector.call, ...findings.calls] },
    refs: [DetectorId, arn],
  });
}

async function summarise(
  ctx: AwsContext,
  region: string,
  DetectorId: string,
): Promise<{ summary: Known<GuardDutyFindingsSummary>; calls: string[] }> {
  const stats = await ctx.call(
    'guardduty',
    region,
    new GetFindingsStatisticsCommand({ DetectorId, FindingStatisticTypes: ['COUNT_BY_SEVERITY'], FindingCriteria: ACTIVE }),
  );
  if (!stats.ok) return { summary: unknown(stats.failure.reason), calls: [stats.call] };
  const counts = stats.value.FindingStatistics?.CountBySeverity ?? {};
  const activeBySeverity = Object.entries(counts)
    .map(([severity, count]) => ({ severity: Number(severity), count }))
    .filter((s) => Number.isFinite(s.severity) && s.count > 0)
    .sort((a, b) => b.severity - a.severity);
  if (activeBySeverity.length === 0) return { summary: { activeBySeverity, oldestActiveCreatedAt: null }, calls: [stats.call] };
  const oldest = await oldestActive(ctx, region, DetectorId);
  return { summary: { activeBySeverity, oldestActiveCreatedAt: oldest.createdAt }, calls: [stats.call, ...oldest.calls] };
}

/** The first-seen date of the oldest open finding: one id listed, one finding read for its date. */
async function oldestActive(ctx: AwsContext, region: string, DetectorId: string): Promise<{ createdAt: Known<string | null>; calls: string[] }> {
  const listed = await ctx.call(
    'guardduty',
    region,
    new ListFindingsCommand({ DetectorId, FindingCriteria: ACTIVE, SortCriteria: { AttributeName: 'createdAt', OrderBy: 'ASC' }, MaxResults: 1 }),
  );
  if (!listed.ok) return { createdAt: unknown(listed.failure.reason), calls: [listed.call] };
  const id = listed.value.FindingIds?.[0];
  if (!id) return { createdAt: null, calls: [listed.call] };
  const got = await ctx.call('guardduty', region, new GetFindingsCommand({ DetectorId, FindingIds: [id] }));
  const createdAt = known(got, (o) => o.Findings?.[0]?.CreatedAt ?? unknown('guardduty:GetFindings returned no CreatedAt'));
  return { createdAt, calls: [listed.call, got.call] };
}
