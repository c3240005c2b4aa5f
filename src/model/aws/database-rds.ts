import type { Known } from '../unknown.js';

/**
 * RDS and Aurora. DescribeDBInstances and DescribeDBClusters also return Neptune and
 * DocumentDB, which share the RDS API; those are other services and are not these types.
 */
export interface RdsDbInstanceProps {
  dbInstanceIdentifier: Known<string>;
  /** `postgres`, `mysql`, `mariadb`, `oracle-ee`, `sqlserver-se`, `aurora-mysql`, `aurora-postgresql`… */
  engine: Known<string>;
  /** null: the engine's default version, chosen at creation. */
  engineVersion: Known<string | null>;
  /**
   * The cluster it belongs to (Aurora, Multi-AZ DB cluster), as named by the source; null for a
   * standalone instance. Storage, backups, deletion protection, log exports, IAM auth and
   * TLS parameters of a cluster member are the cluster's.
   */
  dbClusterIdentifier: Known<string | null>;
  publiclyAccessible: Known<boolean>;
  storageEncrypted: Known<boolean>;
  /** null: not encrypted, or encrypted with the AWS managed key aws/rds when IaC names none. */
  kmsKeyId: Known<string | null>;
  multiAz: Known<boolean>;
  /** Days; 0 turns automated backups off. */
  backupRetentionPeriod: Known<number>;
  deletionProtection: Known<boolean>;
  autoMinorVersionUpgrade: Known<boolean>;
  /** Enhanced Monitoring interval in seconds; 0 is off. */
  monitoringInterval: Known<number>;
  /** Log types exported to CloudWatch Logs (`postgresql`, `error`, `audit`…). */
  enabledLogExports: Known<string[]>;
  iamDatabaseAuthentication: Known<boolean>;
  /** null: the engine's default parameter group (`default.postgres16`). */
  dbParameterGroupName: Known<string | null>;
}

export interface RdsDbClusterProps {
  dbClusterIdentifier: Known<string>;
  /** `aurora-mysql`, `aurora-postgresql`, or `mysql` / `postgres` for a Multi-AZ DB cluster. */
  engine: Known<string>;
  engineVersion: Known<string | null>;
  /** `provisioned` or `serverless` (Aurora Serverless v1, always encrypted). */
  engineMode: Known<string>;
  storageEncrypted: Known<boolean>;
  kmsKeyId: Known<string | null>;
  /**
   * Whether the cluster keeps instances in more than one Availability Zone. null: decided by
   * the instances a template declares for it (Aurora), which the rule counts.
   */
  multiAz: Known<boolean | null>;
  backupRetentionPeriod: Known<number>;
  deletionProtection: Known<boolean>;
  enabledLogExports: Known<string[]>;
  iamDatabaseAuthentication: Known<boolean>;
  /** null: the engine's default cluster parameter group. */
  dbClusterParameterGroupName: Known<string | null>;
}

export interface RdsSnapshotProps {
  snapshotIdentifier: Known<string>;
  /** `manual`, `automated`, `shared`, `public`, `awsbackup`. */
  snapshotType: Known<string>;
  encrypted: Known<boolean>;
  kmsKeyId: Known<string | null>;
  /** Whether the `restore` attribute lists `all`: any AWS account can copy and restore it. */
  public: Known<boolean>;
  /** Accounts the snapshot is shared with, besides `all`. */
  sharedWithAccounts: Known<string[]>;
}

/**
 * A DB or DB cluster parameter group, holding only the parameters phiguard rules read (the
 * TLS switches) with the value the group gives them; absent means the engine default applies.
 */
export interface RdsParameterGroupProps {
  groupName: Known<string>;
  /** `postgres16`, `aurora-mysql8.0`, `mysql8.0`… */
  family: Known<string>;
  parameters: Known<Record<string, string>>;
}

/** The parameters the collectors keep. */
export const RDS_READ_PARAMETERS: readonly string[] = ['rds.force_ssl', 'require_secure_transport'];
