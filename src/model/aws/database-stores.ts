import type { Known } from '../unknown.js';
import type { PolicyDocument } from './policy.js';

export interface DynamoDbCapacity {
  /** `table` or `index/<name>` for a global secondary index. */
  resource: string;
  dimension: 'read' | 'write';
  /** Whether an Application Auto Scaling target manages this dimension. */
  autoScaled: boolean;
}

export interface DynamoDbTableProps {
  tableName: Known<string>;
  billingMode: Known<'PROVISIONED' | 'PAY_PER_REQUEST'>;
  /**
   * `AWS_OWNED`: the default, a key DynamoDB owns and nobody can see or govern. `KMS`: the
   * key `kmsKeyId` names, or the AWS managed key aws/dynamodb when it is null.
   */
  sse: Known<{ type: 'AWS_OWNED' | 'KMS'; kmsKeyId: Known<string | null> }>;
  pointInTimeRecovery: Known<boolean>;
  /** Provisioned read and write capacity of the table and each global secondary index; empty on demand. */
  capacity: Known<DynamoDbCapacity[]>;
}

/**
 * A region's DynamoDB account quotas for provisioned capacity, and the capacity the tables
 * (with their global secondary indexes) provision against them. Live only.
 */
export interface DynamoDbAccountLimitsProps {
  accountMaxReadCapacityUnits: Known<number>;
  accountMaxWriteCapacityUnits: Known<number>;
  provisionedReadCapacityUnits: Known<number>;
  provisionedWriteCapacityUnits: Known<number>;
}

export interface DaxClusterProps {
  clusterName: Known<string>;
  sseEnabled: Known<boolean>;
  /** `NONE` or `TLS`: whether clients reach the cluster endpoint over TLS. */
  endpointEncryption: Known<'NONE' | 'TLS'>;
}

export interface RedshiftClusterProps {
  clusterIdentifier: Known<string>;
  encrypted: Known<boolean>;
  /** null: not encrypted, or encrypted without a KMS key the cluster names. */
  kmsKeyId: Known<string | null>;
  publiclyAccessible: Known<boolean>;
  enhancedVpcRouting: Known<boolean>;
  /** Days; 0 turns automated snapshots off. */
  automatedSnapshotRetentionPeriod: Known<number>;
  allowVersionUpgrade: Known<boolean>;
  /** `ddd:hh24:mi-ddd:hh24:mi`; null when the source leaves it to Redshift. */
  preferredMaintenanceWindow: Known<string | null>;
  /** Audit logging: null when off. */
  logging: Known<{ destination: 's3' | 'cloudwatch'; bucketName: string | null; logExports: string[] } | null>;
  /** null: a default parameter group, which one depending on when the cluster was created. */
  clusterParameterGroupName: Known<string | null>;
}

/** A Redshift parameter group with the parameters rules read (`require_ssl`) as the group sets them. */
export interface RedshiftClusterParameterGroupProps {
  groupName: Known<string>;
  parameters: Known<Record<string, string>>;
}

export interface OpenSearchLogPublishing {
  /** `INDEX_SLOW_LOGS`, `SEARCH_SLOW_LOGS`, `ES_APPLICATION_LOGS`, `AUDIT_LOGS`. */
  logType: string;
  enabled: boolean;
  logGroupArn: Known<string | null>;
}

/** OpenSearch Service domains, including the Elasticsearch domains the service still runs. */
export interface OpenSearchDomainProps {
  domainName: Known<string>;
  /** `OpenSearch_2.13`, `Elasticsearch_7.10`… */
  engineVersion: Known<string>;
  enforceHttps: Known<boolean>;
  /** `Policy-Min-TLS-1-0-2019-07`, `Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`. */
  tlsSecurityPolicy: Known<string>;
  encryptionAtRest: Known<boolean>;
  /** null: not encrypted, or the AWS managed key aws/es. */
  kmsKeyId: Known<string | null>;
  nodeToNodeEncryption: Known<boolean>;
  /** Whether the domain has VPC endpoints instead of a public one. */
  inVpc: Known<boolean>;
  logPublishing: Known<OpenSearchLogPublishing[]>;
}

export interface ElastiCacheReplicationGroupProps {
  replicationGroupId: Known<string>;
  /** `redis` or `valkey`. */
  engine: Known<string>;
  atRestEncryption: Known<boolean>;
  kmsKeyId: Known<string | null>;
  transitEncryption: Known<boolean>;
  /** `required` or `preferred` (clients may still connect in plain text). */
  transitEncryptionMode: Known<'required' | 'preferred' | null>;
  /** Days of automatic backups; 0 is off. */
  snapshotRetentionLimit: Known<number>;
}

export interface ElastiCacheCacheClusterProps {
  cacheClusterId: Known<string>;
  /** `redis`, `valkey` or `memcached`. */
  engine: Known<string>;
  /** The replication group it is a node of, whose settings then apply; null when standalone. */
  replicationGroupId: Known<string | null>;
  atRestEncryption: Known<boolean>;
  transitEncryption: Known<boolean>;
  snapshotRetentionLimit: Known<number>;
}

export interface DmsReplicationInstanceProps {
  replicationInstanceIdentifier: Known<string>;
  publiclyAccessible: Known<boolean>;
  kmsKeyId: Known<string | null>;
}

export interface EfsFileSystemProps {
  fileSystemId: Known<string>;
  encrypted: Known<boolean>;
  /** null: not encrypted, or the AWS managed key aws/elasticfilesystem. */
  kmsKeyId: Known<string | null>;
  /** The file system policy; null when none is set. */
  policy: Known<PolicyDocument | null>;
}

export interface FsxFileSystemProps {
  fileSystemId: Known<string>;
  /** `WINDOWS`, `LUSTRE`, `ONTAP`, `OPENZFS`. */
  fileSystemType: Known<string>;
  kmsKeyId: Known<string | null>;
}
