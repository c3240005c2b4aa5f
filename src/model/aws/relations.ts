import type { PropsByType, ResourceType } from '../resource.js';
import { isUnknown, type Known } from '../unknown.js';

/**
 * What each resource type names of others, declared once: the inventory resolves these to
 * edges (for the PHI data-flow picture and for anyone asking "what touches this?").
 */
export interface RelationSpec<F extends ResourceType = ResourceType> {
  from: F;
  /** Reads like a verb: bucket `encrypted-by` key. */
  kind: 'encrypted-by' | 'logs-to' | 'delivers-to' | 'streams-to' | 'records';
  to: ResourceType;
  refs(props: PropsByType[F]): Known<string | null>[];
}

function spec<F extends ResourceType>(s: RelationSpec<F>): RelationSpec {
  return s as unknown as RelationSpec;
}

const field = <T>(v: Known<T | null>, read: (x: T) => Known<string | null>): Known<string | null> =>
  isUnknown(v) ? v : v === null ? null : read(v);

/**
 * The bucket an S3 data-event selector value names: `arn:aws:s3:::bucket/prefix` →
 * `arn:aws:s3:::bucket`; an IaC token `ref:<scope>#Bucket/` → the token. Selectors for all
 * buckets name none in particular.
 */
export function selectorBucket(value: Known<string>): Known<string | null> {
  if (isUnknown(value)) return value;
  const arn = /^(arn:[^:]+:s3:::[^/]+)/.exec(value);
  if (arn) return arn[1]!;
  const ref = /^(ref:[^#]*#[^/]+)/.exec(value);
  return ref ? ref[1]! : null;
}

export const AWS_RELATIONS: readonly RelationSpec[] = [
  spec({ from: 'AWS::S3::Bucket', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [field(p.encryption, (e) => e.kmsKeyId)] }),
  spec({ from: 'AWS::S3::Bucket', kind: 'logs-to', to: 'AWS::S3::Bucket', refs: (p) => [field(p.logging, (l) => l.targetBucket)] }),
  spec({ from: 'AWS::CloudTrail::Trail', kind: 'delivers-to', to: 'AWS::S3::Bucket', refs: (p) => [p.s3BucketName] }),
  spec({ from: 'AWS::CloudTrail::Trail', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::CloudTrail::Trail', kind: 'streams-to', to: 'AWS::Logs::LogGroup', refs: (p) => [p.cloudWatchLogsLogGroupArn] }),
  spec({
    from: 'AWS::CloudTrail::Trail',
    kind: 'records',
    to: 'AWS::S3::Bucket',
    refs: (p) => (isUnknown(p.s3DataEvents) ? [] : p.s3DataEvents.flatMap((sel) => sel.resources.map(selectorBucket))),
  }),
  spec({ from: 'AWS::Logs::LogGroup', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
];
