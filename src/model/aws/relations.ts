import { isUnknown, type Known } from '../unknown.js';
import { APP_RELATIONS } from './app.js';
import { DATABASE_RELATIONS } from './database.js';
import { EC2_RELATIONS } from './ec2.js';
import { EDGE_RELATIONS } from './edge.js';
import { IAM_RELATIONS } from './iam.js';
import { OPS_RELATIONS } from './ops.js';
import { field, type RelationSpec, spec } from './relation-spec.js';

export type { RelationSpec } from './relation-spec.js';

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

const CORE_RELATIONS: readonly RelationSpec[] = [
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

export const AWS_RELATIONS: readonly RelationSpec[] = [
  ...CORE_RELATIONS,
  ...IAM_RELATIONS,
  ...EC2_RELATIONS,
  ...DATABASE_RELATIONS,
  ...EDGE_RELATIONS,
  ...APP_RELATIONS,
  ...OPS_RELATIONS,
];
