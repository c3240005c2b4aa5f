import { isUnknown, type Known, unknown } from '../unknown.js';
import type { S3DataEventSelector } from './cloudtrail.js';

/**
 * Both input shapes are the CloudTrail API's (`GetEventSelectors`), which CloudFormation
 * shares; Terraform adapters map their blocks onto it first. Every source then normalizes
 * through this one function.
 */
export interface ApiEventSelector {
  ReadWriteType?: Known<string>;
  IncludeManagementEvents?: Known<boolean>;
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
