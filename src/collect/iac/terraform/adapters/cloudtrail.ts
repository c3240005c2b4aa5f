import {
  type ApiAdvancedEventSelector,
  type ApiEventSelector,
  normalizeEventSelectors,
  normalizeS3DataEvents,
} from '../../../../model/aws/cloudtrail-selectors.js';
import type { CloudTrailTrailProps } from '../../../../model/aws/cloudtrail.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { blocks, bool, literalName, optStr, str, strings } from './attrs.js';
import { resourceOf } from './common.js';

export const CLOUDTRAIL_TYPES = ['aws_cloudtrail'];

/** `event_selector { read_write_type include_management_events data_resource { type values } }` in the API's shape. */
function classic(v: unknown): Known<ApiEventSelector[]> {
  const list = blocks(v, 'event_selector');
  if (isUnknown(list)) return list;
  return list.map((s) => {
    const resources = blocks(s.data_resource, 'data_resource');
    return {
      ReadWriteType: str(s.read_write_type, 'All', 'read_write_type'),
      IncludeManagementEvents: bool(s.include_management_events, true, 'include_management_events'),
      ExcludeManagementEventSources: strings(s.exclude_management_event_sources, 'exclude_management_event_sources'),
      DataResources: isUnknown(resources)
        ? resources
        : resources.map((r) => ({ Type: str(r.type, '', 'data_resource.type'), Values: strings(r.values, 'data_resource.values') ?? [] })),
    };
  });
}

/** `advanced_event_selector { name field_selector { field equals starts_with … } }` in the API's shape. */
function advanced(v: unknown): Known<ApiAdvancedEventSelector[]> {
  const list = blocks(v, 'advanced_event_selector');
  if (isUnknown(list)) return list;
  return list.map((s) => {
    const fields = blocks(s.field_selector, 'field_selector');
    return {
      Name: str(s.name, '', 'name'),
      FieldSelectors: isUnknown(fields)
        ? fields
        : fields.map((f: Attrs) => ({
            Field: str(f.field, '', 'field'),
            Equals: strings(f.equals, 'equals'),
            StartsWith: strings(f.starts_with, 'starts_with'),
            NotStartsWith: strings(f.not_starts_with, 'not_starts_with'),
            NotEquals: strings(f.not_equals, 'not_equals'),
          })),
    };
  });
}

function required(v: unknown, what: string): Known<string> {
  const s = str(v, null, what);
  return s === null ? unknown(`${what} is not set`) : s;
}

export function buildTrail(d: Declared): Resource<'AWS::CloudTrail::Trail'> {
  const a = d.attrs;
  const name = literalName(a.name);
  const region = unknown('Terraform configuration does not state the region');
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    const props: CloudTrailTrailProps = {
      trailName: u,
      isMultiRegion: u,
      isOrganizationTrail: u,
      isLogging: u,
      logFileValidation: u,
      kmsKeyId: u,
      cloudWatchLogsLogGroupArn: u,
      s3BucketName: u,
      s3KeyPrefix: u,
      homeRegion: region,
      s3DataEvents: u,
      eventSelectors: u,
    };
    return resourceOf(d, 'AWS::CloudTrail::Trail', props, { name, refs: name ? [name] : [] });
  }
  const props: CloudTrailTrailProps = {
    trailName: required(a.name, 'name'),
    isMultiRegion: bool(a.is_multi_region_trail, false, 'is_multi_region_trail'),
    isOrganizationTrail: bool(a.is_organization_trail, false, 'is_organization_trail'),
    isLogging: bool(a.enable_logging, true, 'enable_logging'),
    logFileValidation: bool(a.enable_log_file_validation, false, 'enable_log_file_validation'),
    kmsKeyId: optStr(a.kms_key_id, 'kms_key_id'),
    cloudWatchLogsLogGroupArn: optStr(a.cloud_watch_logs_group_arn, 'cloud_watch_logs_group_arn'),
    s3BucketName: required(a.s3_bucket_name, 's3_bucket_name'),
    s3KeyPrefix: optStr(a.s3_key_prefix, 's3_key_prefix'),
    homeRegion: region,
    s3DataEvents: normalizeS3DataEvents(classic(a.event_selector), advanced(a.advanced_event_selector)),
    eventSelectors: normalizeEventSelectors(classic(a.event_selector), advanced(a.advanced_event_selector)),
  };
  return resourceOf(d, 'AWS::CloudTrail::Trail', props, { name, refs: name ? [name] : [] });
}
