import type { Known } from '../unknown.js';

export interface SnsTopicProps {
  topicName: Known<string>;
  /** The KMS key for server-side encryption; null: messages are stored unencrypted. */
  kmsMasterKeyId: Known<string | null>;
}

export interface SqsQueueProps {
  queueName: Known<string>;
  /** The KMS key for SSE-KMS; null: no KMS key (SSE-SQS or no encryption, see sqsManagedSse). */
  kmsMasterKeyId: Known<string | null>;
  /** SSE-SQS: encryption with keys SQS owns. Only meaningful without a KMS key. */
  sqsManagedSse: Known<boolean>;
}

export interface KinesisStreamProps {
  streamName: Known<string>;
  /** `KMS` or `NONE`. */
  encryptionType: Known<'KMS' | 'NONE'>;
  /** The key when encrypted: a key id, ARN, alias (`alias/aws/kinesis` is AWS managed). */
  kmsKeyId: Known<string | null>;
}
