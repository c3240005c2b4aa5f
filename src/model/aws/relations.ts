import type { PropsByType, ResourceType } from '../resource.js';
import { isUnknown, type Known } from '../unknown.js';

/**
 * What each resource type names of others, declared once: the inventory resolves these to
 * edges (for the PHI data-flow picture and for anyone asking "what touches this?").
 */
export interface RelationSpec<F extends ResourceType = ResourceType> {
  from: F;
  /** Reads like a verb: bucket `encrypted-by` key. */
  kind: 'encrypted-by' | 'logs-to' | 'delivers-to' | 'streams-to';
  to: ResourceType;
  refs(props: PropsByType[F]): Known<string | null>[];
}

function spec<F extends ResourceType>(s: RelationSpec<F>): RelationSpec {
  return s as unknown as RelationSpec;
}

const field = <T>(v: Known<T | null>, read: (x: T) => Known<string | null>): Known<string | null> =>
  isUnknown(v) ? v : v === null ? null : read(v);

export const AWS_RELATIONS: readonly RelationSpec[] = [
  spec({ from: 'AWS::S3::Bucket', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [field(p.encryption, (e) => e.kmsKeyId)] }),
  spec({ from: 'AWS::S3::Bucket', kind: 'logs-to', to: 'AWS::S3::Bucket', refs: (p) => [field(p.logging, (l) => l.targetBucket)] }),
  spec({ from: 'AWS::CloudTrail::Trail', kind: 'delivers-to', to: 'AWS::S3::Bucket', refs: (p) => [p.s3BucketName] }),
  spec({ from: 'AWS::CloudTrail::Trail', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
  spec({ from: 'AWS::CloudTrail::Trail', kind: 'streams-to', to: 'AWS::Logs::LogGroup', refs: (p) => [p.cloudWatchLogsLogGroupArn] }),
  spec({ from: 'AWS::Logs::LogGroup', kind: 'encrypted-by', to: 'AWS::KMS::Key', refs: (p) => [p.kmsKeyId] }),
];
