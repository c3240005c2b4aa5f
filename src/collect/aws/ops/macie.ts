import { GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand } from '@aws-sdk/client-macie2';
import type { MacieSessionProps } from '../../../model/aws/ops.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector } from '../context.js';

/** Amazon Macie, one resource per scanned region, with its automated discovery setting. */
const permissions = {
  'macie2:GetMacieSession': 'macie2:GetMacieSession',
  'macie2:GetAutomatedDiscoveryConfiguration': 'macie2:GetAutomatedDiscoveryConfiguration',
};

export const macieCollector: ServiceCollector = {
  service: 'macie2',
  types: ['AWS::Macie::Session'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

// Macie answers a region where it was never enabled with AccessDeniedException and this
// message, whatever the caller's permissions; any other denial is a real one.
const NOT_ENABLED = /Macie is not enabled/i;

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const session = await ctx.call('macie2', region, new GetMacieSessionCommand({}));
  const off =
    !session.ok &&
    (session.failure.code === 'ResourceNotFoundException' || (session.failure.kind === 'denied' && NOT_ENABLED.test(session.failure.message)));
  if (!session.ok && !off) {
    ctx.listed('AWS::Macie::Session', 'macie2', region, session.failure);
    return;
  }
  ctx.listed('AWS::Macie::Session', 'macie2', region);
  const calls = [session.call];
  let props: MacieSessionProps = { status: null, automatedDiscovery: null };
  if (session.ok) {
    const s = session.value.status;
    const status: Known<'ENABLED' | 'PAUSED'> = s === 'ENABLED' || s === 'PAUSED' ? s : unknown(`macie2:GetMacieSession returned status ${String(s)}`);
    const discovery = await ctx.call('macie2', region, new GetAutomatedDiscoveryConfigurationCommand({}));
    calls.push(discovery.call);
    props = {
      status,
      automatedDiscovery: known(discovery, (o): Known<'ENABLED' | 'DISABLED'> =>
        o.status === 'ENABLED' || o.status === 'DISABLED' ? o.status : unknown(`automated discovery status ${String(o.status)}`),
      ),
    };
  }
  const id = `arn:${ctx.partition}:macie2:${region}:${ctx.account}:session`;
  ctx.add({
    provider: 'aws',
    type: 'AWS::Macie::Session',
    id,
    name: off ? `not enabled (${region})` : `macie (${region})`,
    account: ctx.account,
    region,
    tags: {},
    props,
    origin: { kind: 'live', calls },
    refs: [id],
  });
}
