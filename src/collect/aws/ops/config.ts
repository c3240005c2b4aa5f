import {
  type ConfigurationRecorder,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
import type { ConfigRecorderProps } from '../../../model/aws/ops.js';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector } from '../context.js';

/**
 * The AWS Config recorder of each scanned region, with its status joined in (a region
 * without a recorder is a resource too), and the region's delivery channels.
 */
const permissions = {
  'config:DescribeConfigurationRecorders': 'config:DescribeConfigurationRecorders',
  'config:DescribeConfigurationRecorderStatus': 'config:DescribeConfigurationRecorderStatus',
  'config:DescribeDeliveryChannels': 'config:DescribeDeliveryChannels',
};

export const configCollector: ServiceCollector = {
  service: 'config',
  types: ['AWS::Config::ConfigurationRecorder', 'AWS::Config::DeliveryChannel'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

/** Every supported type, nothing excluded (the 2023 recording strategy can exclude types while allSupported stays unset). */
function allSupported(r: ConfigurationRecorder): boolean {
  const g = r.recordingGroup;
  // PutConfigurationRecorder without a recording group records every supported type.
  if (!g) return true;
  const strategy = g.recordingStrategy?.useOnly;
  if (strategy && strategy !== 'ALL_SUPPORTED_RESOURCE_TYPES') return false;
  return g.allSupported === true && (g.exclusionByResourceTypes?.resourceTypes ?? []).length === 0;
}

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const [recorders, statuses, channels] = await Promise.all([
    ctx.call('config', region, new DescribeConfigurationRecordersCommand({})),
    ctx.call('config', region, new DescribeConfigurationRecorderStatusCommand({})),
    ctx.call('config', region, new DescribeDeliveryChannelsCommand({})),
  ]);
  ctx.listed('AWS::Config::ConfigurationRecorder', 'config', region, recorders.ok ? undefined : recorders.failure);
  ctx.listed('AWS::Config::DeliveryChannel', 'config', region, channels.ok ? undefined : channels.failure);
  if (!recorders.ok) return;
  const calls = [recorders.call, statuses.call, channels.call];
  // Service-linked recorders belong to the AWS service that made them and record only what it needs.
  const own = (recorders.value.ConfigurationRecorders ?? []).filter((r) => !(r as { servicePrincipal?: string }).servicePrincipal);
  if (channels.ok) {
    for (const c of channels.value.DeliveryChannels ?? []) {
      const name = c.name ?? 'default';
      const id = `arn:${ctx.partition}:config:${region}:${ctx.account}:delivery-channel/${name}`;
      ctx.add({
        provider: 'aws',
        type: 'AWS::Config::DeliveryChannel',
        id,
        name,
        account: ctx.account,
        region,
        tags: {},
        props: { channelName: name, s3BucketName: c.s3BucketName ?? unknown('config:DescribeDeliveryChannels returned no bucket') },
        origin: { kind: 'live', calls: [channels.call] },
        refs: [id, name],
      });
    }
  }
  if (own.length === 0) {
    const none: ConfigRecorderProps = {
      name: null,
      recording: false,
      allSupported: false,
      includeGlobalResourceTypes: false,
      lastStatus: null,
    };
    const id = `arn:${ctx.partition}:config:${region}:${ctx.account}:configuration-recorder`;
    ctx.add({ provider: 'aws', type: 'AWS::Config::ConfigurationRecorder', id, name: `no recorder (${region})`, account: ctx.account, region, tags: {}, props: none, origin: { kind: 'live', calls } });
    return;
  }
  for (const r of own) {
    const name = r.name ?? 'default';
    const status = statuses.ok ? statuses.value.ConfigurationRecordersStatus?.find((s) => s.name === name) : undefined;
    const statusUnknown = statuses.ok ? unknown(`config:DescribeConfigurationRecorderStatus returned no status for ${name}`) : unknown(statuses.failure.reason);
    const g = r.recordingGroup;
    const props: ConfigRecorderProps = {
      name,
      recording: status ? status.recording === true : statusUnknown,
      allSupported: allSupported(r),
      includeGlobalResourceTypes: g ? g.includeGlobalResourceTypes === true : false,
      // The API says Success, Pending, Failure; the model keeps one spelling.
      lastStatus: status ? (status.lastStatus?.toUpperCase() ?? null) : statusUnknown,
    };
    const arn = r.arn ?? `arn:${ctx.partition}:config:${region}:${ctx.account}:configuration-recorder/${name}`;
    ctx.add({ provider: 'aws', type: 'AWS::Config::ConfigurationRecorder', id: arn, name, account: ctx.account, region, tags: {}, props, origin: { kind: 'live', calls }, refs: [arn, name] });
  }
}
