import { isUnknown, type Known, unknown } from '../unknown.js';
import type { S3DataEventSelector, TrailEventSelector } from './cloudtrail.js';

/**
 * Both input shapes are the CloudTrail API's (`GetEventSelectors`), which CloudFormation
 * shares; Terraform adapters map their blocks onto it first. Every source then normalizes
 * through this one function.
 */
export interface ApiEventSelector {
  ReadWriteType?: Known<string>;
  IncludeManagementEvents?: Known<boolean>;
  ExcludeManagementEventSources?: Known<Known<string>[]>;
  DataResources?: Known<{ Type?: Known<string>; Values?: Known<Known<string>[]> }[]>;
}

export interface ApiAdvancedFieldSelector {
  Field?: Known<string>;
  Equals?: Known<Known<string>[]>;
  StartsWith?: Known<Known<string>[]>;
  NotStartsWith?: Known<Known<string>[]>;
  NotEquals?: Known<Known<string>[]>;
}

export interface ApiAdvancedEventSelector {
  Name?: Known<string>;
  FieldSelectors?: Known<ApiAdvancedFieldSelector[]>;
}

function rw(v: Known<string> | undefined): S3DataEventSelector['readWrite'] {
  return v === 'ReadOnly' || v === 'WriteOnly' ? v : 'All';
}

function arr<T>(v: Known<T[]> | undefined): Known<T[]> {
  if (v === undefined) return [];
  return v;
}

export function normalizeS3DataEvents(
  classic: Known<ApiEventSelector[]> | undefined,
  advanced: Known<ApiAdvancedEventSelector[]> | undefined,
): Known<S3DataEventSelector[]> {
  if (isUnknown(classic)) return classic;
  if (isUnknown(advanced)) return advanced;
  const out: S3DataEventSelector[] = [];
  for (const sel of classic ?? []) {
    const resources = arr(sel.DataResources);
    if (isUnknown(resources)) return resources;
    for (const dr of resources) {
      if (isUnknown(dr.Type)) return dr.Type;
      if (dr.Type !== 'AWS::S3::Object') continue;
      const values = arr(dr.Values);
      if (isUnknown(values)) return values;
      out.push({ readWrite: rw(sel.ReadWriteType), resources: values, excluded: [] });
    }
  }
  for (const sel of advanced ?? []) {
    const fields = arr(sel.FieldSelectors);
    if (isUnknown(fields)) return fields;
    const byField = new Map<string, ApiAdvancedFieldSelector>();
    for (const f of fields) {
      if (isUnknown(f.Field)) return unknown('advanced event selector field is unresolved');
      if (f.Field) byField.set(f.Field, f);
    }
    const eq = (field: string): Known<string>[] => {
      const v = byField.get(field)?.Equals;
      return v === undefined ? [] : isUnknown(v) ? [v] : v;
    };
    if (!eq('eventCategory').includes('Data')) continue;
    if (!eq('resources.type').includes('AWS::S3::Object')) continue;
    const readOnly = eq('readOnly');
    const readWrite = readOnly.includes('true') ? 'ReadOnly' : readOnly.includes('false') ? 'WriteOnly' : 'All';
    const arnSel = byField.get('resources.ARN');
    const starts = arnSel?.StartsWith ?? arnSel?.Equals;
    const notStarts = arnSel?.NotStartsWith;
    if (isUnknown(starts)) return starts;
    if (isUnknown(notStarts)) return notStarts;
    out.push({ readWrite, resources: starts ?? ['arn:aws:s3'], excluded: notStarts ?? [] });
  }
  return out;
}

/** What CloudTrail records for a trail that configures no selectors: every management event. */
export const DEFAULT_SELECTORS: TrailEventSelector[] = [
  { category: 'Management', readWrite: 'All', resourceTypes: [], eventSources: [], excludedEventSources: [], narrowed: false },
];

const KNOWN_FIELDS = new Set(['eventCategory', 'readOnly', 'eventSource', 'resources.type']);

/**
 * Every selector of the trail, management and data. `classic` and `advanced` both
 * undefined means the source configures none, and CloudTrail's default applies.
 */
export function normalizeEventSelectors(
  classic: Known<ApiEventSelector[]> | undefined,
  advanced: Known<ApiAdvancedEventSelector[]> | undefined,
): Known<TrailEventSelector[]> {
  if (isUnknown(classic)) return classic;
  if (isUnknown(advanced)) return advanced;
  if ((classic ?? []).length === 0 && (advanced ?? []).length === 0) return DEFAULT_SELECTORS;
  const out: TrailEventSelector[] = [];
  for (const sel of classic ?? []) {
    const include = sel.IncludeManagementEvents;
    if (isUnknown(include)) return include;
    const readWrite = rw(sel.ReadWriteType);
    // Classic selectors record management events unless told not to.
    if (include !== false) {
      const excluded = arr(sel.ExcludeManagementEventSources);
      if (isUnknown(excluded)) return excluded;
      out.push({ category: 'Management', readWrite, resourceTypes: [], eventSources: [], excludedEventSources: excluded, narrowed: false });
    }
    const resources = arr(sel.DataResources);
    if (isUnknown(resources)) return resources;
    for (const dr of resources) {
      if (isUnknown(dr.Type)) return dr.Type;
      if (!dr.Type) continue;
      const values = arr(dr.Values);
      if (isUnknown(values)) return values;
      // A value narrower than the whole type (`arn:aws:s3:::bucket/`) records part of it.
      const whole = values.length === 0 || values.some((v) => typeof v === 'string' && /^arn:aws[a-z-]*:[a-z0-9-]+(:::)?$/.test(v));
      out.push({ category: 'Data', readWrite, resourceTypes: [dr.Type], eventSources: [], excludedEventSources: [], narrowed: !whole });
    }
  }
  for (const sel of advanced ?? []) {
    const fields = arr(sel.FieldSelectors);
    if (isUnknown(fields)) return fields;
    const byField = new Map<string, ApiAdvancedFieldSelector>();
    let narrowed = false;
    for (const f of fields) {
      if (isUnknown(f.Field)) return unknown('advanced event selector field is unresolved');
      if (!f.Field) continue;
      byField.set(f.Field, f);
      if (!KNOWN_FIELDS.has(f.Field)) narrowed = true;
    }
    const list = (v: Known<Known<string>[]> | undefined): Known<string>[] => (v === undefined ? [] : isUnknown(v) ? [v] : v);
    const category = list(byField.get('eventCategory')?.Equals)[0];
    if (isUnknown(category)) return category;
    if (!category) continue;
    const readOnly = list(byField.get('readOnly')?.Equals);
    const source = byField.get('eventSource');
    const type = byField.get('resources.type');
    // Only Equals / NotEquals on eventSource are understood; other operators narrow it.
    if (source && (source.StartsWith || source.NotStartsWith)) narrowed = true;
    if (type && (type.StartsWith || type.NotStartsWith || type.NotEquals)) narrowed = true;
    out.push({
      category,
      readWrite: readOnly.includes('true') ? 'ReadOnly' : readOnly.includes('false') ? 'WriteOnly' : 'All',
      resourceTypes: list(type?.Equals),
      eventSources: list(source?.Equals),
      excludedEventSources: list(source?.NotEquals),
      narrowed,
    });
  }
  return out;
}
