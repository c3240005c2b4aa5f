import { BatchGetAccountStatusCommand } from '@aws-sdk/client-inspector2';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector } from '../context.js';

/** Amazon Inspector (v2) scanning status, one resource per scanned region. */
const permissions = { 'inspector2:BatchGetAccountStatus': 'inspector2:BatchGetAccountStatus' };

export const inspectorCollector: ServiceCollector = {
  service: 'inspector2',
  types: ['AWS::Inspector2::Account'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const SCANS = { ec2: 'EC2', ecr: 'ECR', lambda: 'LAMBDA', lambdaCode: 'LAMBDA_CODE' } as const;

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  // Without account ids it answers for the caller's own account.
  const res = await ctx.call('inspector2', region, new BatchGetAccountStatusCommand({}));
  ctx.listed('AWS::Inspector2::Account', 'inspector2', region, res.ok ? undefined : res.failure);
  if (!res.ok) return;
  const mine = res.value.accounts?.find((a) => a.accountId === ctx.account) ?? res.value.accounts?.[0];
  const failed = res.value.failedAccounts?.[0];
  const scans: Record<string, string> = {};
  for (const [key, name] of Object.entries(SCANS)) {
    const state = mine?.resourceState?.[key as keyof typeof SCANS];
    // A scan type this region does not offer yet is simply not enabled.
    scans[name] = state?.status ?? 'DISABLED';
  }
  const id = `arn:${ctx.partition}:inspector2:${region}:${ctx.account}:account`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::Inspector2::Account',
    id,
    name: `inspector (${region})`,
    account: ctx.account,
    region,
    tags: {},
    props: { scans: mine ? scans : unknown(`inspector2:BatchGetAccountStatus did not answer for the account${failed?.errorMessage ? `: ${failed.errorMessage}` : ''}`) },
    origin: { kind: 'live', calls: [res.call] },
    refs: [id],
  });
}
