import type { ConfigRecorderProps } from '../../../../model/aws/ops.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, bool, literalName, str, strings } from './attrs.js';
import { RefIndex, resourceOf, tokenOf } from './common.js';

export const OPS_SECURITY_TF_TYPES = [
  'aws_guardduty_detector',
  'aws_securityhub_account',
  'aws_securityhub_standards_subscription',
  'aws_config_configuration_recorder',
  'aws_config_configuration_recorder_status',
  'aws_config_delivery_channel',
];

const LIVE_ONLY = 'findings exist only in the live account';
/** The standards Security Hub subscribes a new hub to unless told not to. */
const DEFAULT_STANDARDS = ['aws-foundational-security-best-practices/v/1.0.0', 'cis-aws-foundations-benchmark/v/1.2.0'];

function detector(d: Declared): AnyResource {
  const enabled = d.unknownReason ? unknown(d.unknownReason) : bool(d.attrs.enable, true, 'enable');
  return resourceOf(d, 'AWS::GuardDuty::Detector', {
    detectorId: unknown('the detector id is assigned at apply'),
    status: isUnknown(enabled) ? enabled : enabled ? 'ENABLED' : 'DISABLED',
    findings: unknown(LIVE_ONLY),
  });
}

/** Standards subscriptions name no hub: in one configuration they are the account's, so every hub gets them. */
function hub(d: Declared, subscriptions: Declared[]): AnyResource {
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    return resourceOf(d, 'AWS::SecurityHub::Hub', { enabled: u, standards: u });
  }
  const defaults = bool(d.attrs.enable_default_standards, true, 'enable_default_standards');
  const subscribed: Known<string>[] = subscriptions.map((s) =>
    s.unknownReason ? unknown(s.unknownReason) : str(s.attrs.standards_arn, '', 'standards_arn'),
  );
  const open = subscribed.find(isUnknown);
  let standards: Known<string[]>;
  if (isUnknown(defaults)) standards = defaults;
  else if (open) standards = open;
  else standards = [...(defaults ? DEFAULT_STANDARDS : []), ...(subscribed as string[])];
  return resourceOf(d, 'AWS::SecurityHub::Hub', { enabled: true, standards });
}

function recordingGroup(a: Attrs): Pick<ConfigRecorderProps, 'allSupported' | 'includeGlobalResourceTypes'> {
  const g = block(a.recording_group, 'recording_group');
  if (g === undefined) return { allSupported: true, includeGlobalResourceTypes: false };
  if (isUnknown(g)) return { allSupported: g, includeGlobalResourceTypes: g };
  const strategy = block(g.recording_strategy, 'recording_strategy');
  const useOnly = strategy === undefined ? null : isUnknown(strategy) ? strategy : str(strategy.use_only, null, 'use_only');
  const excl = block(g.exclusion_by_resource_types, 'exclusion_by_resource_types');
  const excluded = excl === undefined ? [] : isUnknown(excl) ? excl : (strings(excl.resource_types, 'resource_types') ?? []);
  let allSupported = bool(g.all_supported, true, 'all_supported');
  if (isUnknown(useOnly)) allSupported = useOnly;
  else if (useOnly !== null && useOnly !== 'ALL_SUPPORTED_RESOURCE_TYPES') allSupported = false;
  else if (isUnknown(excluded)) allSupported = excluded;
  else if (excluded.length > 0) allSupported = false;
  return { allSupported, includeGlobalResourceTypes: bool(g.include_global_resource_types, false, 'include_global_resource_types') };
}

/** `aws_config_configuration_recorder_status` (by recorder name) says whether it records; without one it never starts. */
function recorders(list: Declared[], statuses: Declared[]): AnyResource[] {
  const byName = new RefIndex<Declared>();
  for (const s of statuses) byName.add([str(s.attrs.name, '', 'name')].filter((n): n is string => typeof n === 'string'), s);
  return list.map((d) => {
    const name = literalName(d.attrs.name) ?? (d.attrs.name === undefined || d.attrs.name === null ? 'default' : undefined);
    if (d.unknownReason) {
      const u = unknown(d.unknownReason);
      return resourceOf(d, 'AWS::Config::ConfigurationRecorder', { name: u, recording: u, allSupported: u, includeGlobalResourceTypes: u, lastStatus: null });
    }
    const status = byName.get(tokenOf(d)) ?? (name ? byName.get(name) : undefined);
    const recording: Known<boolean> = status
      ? status.unknownReason
        ? unknown(status.unknownReason)
        : bool(status.attrs.is_enabled, false, 'is_enabled')
      : false;
    return resourceOf(
      d,
      'AWS::Config::ConfigurationRecorder',
      { name: name ?? str(d.attrs.name, 'default', 'name'), recording, ...recordingGroup(d.attrs), lastStatus: null },
      { ...(name ? { name, refs: [name] } : {}) },
    );
  });
}

function channel(d: Declared): AnyResource {
  const name = literalName(d.attrs.name);
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    return resourceOf(d, 'AWS::Config::DeliveryChannel', { channelName: u, s3BucketName: u });
  }
  const bucket = str(d.attrs.s3_bucket_name, null, 's3_bucket_name');
  return resourceOf(
    d,
    'AWS::Config::DeliveryChannel',
    { channelName: str(d.attrs.name, 'default', 'name'), s3BucketName: bucket ?? unknown('s3_bucket_name is not set') },
    { ...(name ? { name, refs: [name] } : {}) },
  );
}

export function buildOpsSecurity(of: (tfType: string) => Declared[]): AnyResource[] {
  const subscriptions = of('aws_securityhub_standards_subscription');
  return [
    ...of('aws_guardduty_detector').map(detector),
    ...of('aws_securityhub_account').map((d) => hub(d, subscriptions)),
    ...recorders(of('aws_config_configuration_recorder'), of('aws_config_configuration_recorder_status')),
    ...of('aws_config_delivery_channel').map(channel),
  ];
}
