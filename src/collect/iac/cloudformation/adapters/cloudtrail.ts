import type {
  ApiAdvancedEventSelector,
  ApiAdvancedFieldSelector,
  ApiEventSelector,
} from '../../../../model/aws/cloudtrail-selectors.js';
import { normalizeEventSelectors, normalizeS3DataEvents } from '../../../../model/aws/cloudtrail-selectors.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asString, at, isRecord, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

/** A list of strings as the selector types want it, each item text or unknown. */
function strings(v: unknown, what: string): Known<Known<string>[]> | undefined {
  const list = asList(v, what);
  if (list === undefined || isUnknown(list)) return list;
  const out: Known<string>[] = [];
  for (const item of list) {
    const s = asString(item, what);
    if (s !== undefined) out.push(s);
  }
  return out;
}

/**
 * Checks each selector's shape on the way in: the shared normalizer trusts its input to be
 * the API's shape, and a template can put anything anywhere.
 */
function mappings<T>(v: unknown, what: string, read: (m: Record<string, unknown>) => T): Known<T[]> | undefined {
  const list = asList(v, what);
  if (list === undefined || isUnknown(list)) return list;
  const out: T[] = [];
  for (const item of list) {
    if (isUnknown(item)) return item;
    if (!isRecord(item)) return unknown(`${what} entries should be mappings`);
    out.push(read(item));
  }
  return out;
}

function eventSelectors(v: unknown): Known<ApiEventSelector[]> | undefined {
  return mappings(v, 'EventSelectors', (sel) => ({
    ReadWriteType: asString(sel.ReadWriteType, 'ReadWriteType'),
    IncludeManagementEvents: asBoolean(sel.IncludeManagementEvents, 'IncludeManagementEvents'),
    ExcludeManagementEventSources: strings(sel.ExcludeManagementEventSources, 'ExcludeManagementEventSources'),
    DataResources: mappings(sel.DataResources, 'DataResources', (dr) => ({
      Type: asString(dr.Type, 'DataResources.Type'),
      Values: strings(dr.Values, 'DataResources.Values'),
    })),
  }));
}

function advancedSelectors(v: unknown): Known<ApiAdvancedEventSelector[]> | undefined {
  return mappings(v, 'AdvancedEventSelectors', (sel) => ({
    Name: asString(sel.Name, 'Name'),
    FieldSelectors: mappings(
      sel.FieldSelectors,
      'FieldSelectors',
      (f): ApiAdvancedFieldSelector => ({
        Field: asString(f.Field, 'Field'),
        Equals: strings(f.Equals, 'Equals'),
        StartsWith: strings(f.StartsWith, 'StartsWith'),
        NotStartsWith: strings(f.NotStartsWith, 'NotStartsWith'),
        NotEquals: strings(f.NotEquals, 'NotEquals'),
      }),
    ),
  }));
}

export function trail(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::CloudTrail::Trail'> {
  const p = res.properties;
  const classic = eventSelectors(at(p, 'EventSelectors'));
  const advanced = advancedSelectors(at(p, 'AdvancedEventSelectors'));
  const name = asString(at(p, 'TrailName'), 'TrailName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::CloudTrail::Trail',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      trailName: name ?? unknown('TrailName is not declared: CloudFormation generates it at deploy time'),
      isMultiRegion: asBoolean(at(p, 'IsMultiRegionTrail'), 'IsMultiRegionTrail') ?? false,
      isOrganizationTrail: asBoolean(at(p, 'IsOrganizationTrail'), 'IsOrganizationTrail') ?? false,
      // Required by CloudFormation, so there is no default to settle.
      isLogging: asBoolean(at(p, 'IsLogging'), 'IsLogging') ?? unknown('IsLogging is required but not declared'),
      logFileValidation: asBoolean(at(p, 'EnableLogFileValidation'), 'EnableLogFileValidation') ?? false,
      kmsKeyId: asString(at(p, 'KMSKeyId'), 'KMSKeyId') ?? null,
      cloudWatchLogsLogGroupArn: asString(at(p, 'CloudWatchLogsLogGroupArn'), 'CloudWatchLogsLogGroupArn') ?? null,
      s3BucketName: asString(at(p, 'S3BucketName'), 'S3BucketName') ?? unknown('S3BucketName is required but not declared'),
      s3KeyPrefix: asString(at(p, 'S3KeyPrefix'), 'S3KeyPrefix') || null,
      homeRegion: unknown('the region the stack is deployed to is not declared in the template'),
      s3DataEvents: normalizeS3DataEvents(classic, advanced),
      eventSelectors: normalizeEventSelectors(classic, advanced),
    },
  });
}
