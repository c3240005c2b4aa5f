import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asString, at, isRecord, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

const LIVE_ONLY = 'findings exist only in the live account';

export function guarddutyDetector(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::GuardDuty::Detector'> {
  // Enable is required; a template without it would not deploy.
  const enable = asBoolean(at(res.properties, 'Enable'), 'Enable') ?? unknown('Enable is not declared');
  return iacResource(res, ctx, {
    type: 'AWS::GuardDuty::Detector',
    name: res.logicalId,
    tags: tagsOf(at(res.properties, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      detectorId: unknown('the detector id is assigned when the stack is deployed'),
      status: isUnknown(enable) ? enable : enable ? 'ENABLED' : 'DISABLED',
      findings: unknown(LIVE_ONLY),
    },
  });
}

/** The standards Security Hub subscribes a new hub to unless told not to. */
export const DEFAULT_STANDARDS = ['aws-foundational-security-best-practices/v/1.0.0', 'cis-aws-foundations-benchmark/v/1.2.0'];

export function securityHub(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::SecurityHub::Hub'> {
  const defaults = asBoolean(at(res.properties, 'EnableDefaultStandards'), 'EnableDefaultStandards') ?? true;
  return iacResource(res, ctx, {
    type: 'AWS::SecurityHub::Hub',
    name: res.logicalId,
    tags: tagsOf(at(res.properties, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      enabled: true,
      standards: isUnknown(defaults)
        ? defaults
        : defaults
          ? DEFAULT_STANDARDS
          : unknown('EnableDefaultStandards is false: standards are subscribed by AWS::SecurityHub::Standard resources, which name no hub'),
    },
  });
}

function recordingGroup(g: unknown): { allSupported: Known<boolean>; includeGlobalResourceTypes: Known<boolean> } {
  // Without a recording group AWS Config records every supported type, global ones not included.
  if (g === undefined) return { allSupported: true, includeGlobalResourceTypes: false };
  if (!isRecord(g)) {
    const u = isUnknown(g) ? g : unknown('RecordingGroup should be a mapping');
    return { allSupported: u, includeGlobalResourceTypes: u };
  }
  const strategy = asString(at(g, 'RecordingStrategy', 'UseOnly'), 'RecordingStrategy.UseOnly');
  const all = asBoolean(g.AllSupported, 'AllSupported') ?? strategy === 'ALL_SUPPORTED_RESOURCE_TYPES';
  const excluded = asList(at(g, 'ExclusionByResourceTypes', 'ResourceTypes'), 'ExclusionByResourceTypes.ResourceTypes') ?? [];
  let allSupported: Known<boolean> = all;
  if (isUnknown(strategy)) allSupported = strategy;
  else if (strategy !== undefined && strategy !== 'ALL_SUPPORTED_RESOURCE_TYPES') allSupported = false;
  else if (isUnknown(excluded)) allSupported = excluded;
  else if (excluded.length > 0) allSupported = false;
  return { allSupported, includeGlobalResourceTypes: asBoolean(g.IncludeGlobalResourceTypes, 'IncludeGlobalResourceTypes') ?? false };
}

export function configRecorder(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::Config::ConfigurationRecorder'> {
  const name = asString(at(res.properties, 'Name'), 'Name');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::Config::ConfigurationRecorder',
    name: id.name,
    tags: {},
    refs: id.refs,
    props: {
      name: name ?? 'default',
      // CloudFormation starts the recorder as soon as the region has a delivery channel.
      recording: true,
      ...recordingGroup(at(res.properties, 'RecordingGroup')),
      lastStatus: null,
    },
  });
}

export function configDeliveryChannel(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::Config::DeliveryChannel'> {
  const name = asString(at(res.properties, 'Name'), 'Name');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::Config::DeliveryChannel',
    name: id.name,
    tags: {},
    refs: id.refs,
    props: {
      channelName: name ?? 'default',
      s3BucketName: asString(at(res.properties, 'S3BucketName'), 'S3BucketName') ?? unknown('S3BucketName is not declared'),
    },
  });
}
