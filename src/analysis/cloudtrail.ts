import type { S3DataEventSelector } from '../model/aws/cloudtrail.js';
import { sourceKindOf } from '../model/origin.js';
import type { AnyResource, Resource } from '../model/resource.js';
import { isUnknown, unknown } from '../model/unknown.js';
import { allTri, type Tri } from './iam-policy.js';
import { s3PrefixCoverage, s3PrefixTouches } from './s3-bucket.js';

type Trail = Resource<'AWS::CloudTrail::Trail'>;

function templateFile(r: AnyResource): string | undefined {
  const o = r.origin.kind === 'inventory' ? r.origin.original : r.origin;
  return o?.kind === 'iac' && sourceKindOf(o) === 'cloudformation' ? o.file : undefined;
}

/**
 * Does the trail record events in the region `r` lives in? A single-region trail sees only
 * its home region; S3 data events happen in the bucket's region.
 */
export function trailSeesRegionOf(trail: Trail, r: AnyResource): Tri {
  const multi = trail.props.isMultiRegion;
  if (multi === true) return true;
  const home = trail.props.homeRegion;
  if (typeof home === 'string' && typeof r.region === 'string') return home === r.region || (isUnknown(multi) ? multi : false);
  if (isUnknown(multi)) return multi;
  // One CloudFormation template is deployed as one stack, in one region.
  const file = templateFile(trail);
  if (file && file === templateFile(r)) return true;
  return unknown(`trail ${trail.name} records one region only, and whether it is the bucket's cannot be told`);
}

/** Does the selector cover every object of the bucket (ignoring read/write)? */
export function selectorCoversBucket(sel: S3DataEventSelector, bucket: Resource<'AWS::S3::Bucket'>): Tri {
  const included = sel.resources.some((v) => typeof v === 'string' && s3PrefixCoverage(v, bucket) === 'all');
  const includedTri: Tri = included ? true : (sel.resources.find(isUnknown) ?? false);
  const excluded: Tri[] = sel.excluded.map((v) => (isUnknown(v) ? v : !s3PrefixTouches(v, bucket)));
  return allTri([includedTri, ...excluded]);
}
