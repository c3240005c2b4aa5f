import { judgeFlag, kind, ownsClusterSettings } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-rds-storage-encrypted',
    title: 'RDS instance or Aurora cluster encrypts its storage',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-storage-encrypted'],
    rationale:
      'A database holding ePHI writes it to volumes, automated backups, snapshots and read replicas. Without storage ' +
      'encryption every one of those copies is plain text to anyone who obtains the underlying storage or a shared ' +
      'snapshot, and encryption cannot be switched on later without copying the data to a new database.',
    remediation: {
      text: 'Encryption is fixed at creation: snapshot the database, copy the snapshot with encryption under a KMS key, restore from the copy and move traffic to it.',
      cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-encrypted --kms-key-id KEY_ARN\naws rds restore-db-instance-from-db-snapshot --db-instance-identifier NEW_DB --db-snapshot-identifier SNAPSHOT-encrypted',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.phi.arn\n}',
      cloudformation: 'StorageEncrypted: true\nKmsKeyId: !GetAtt PhiKey.Arn',
    },
  },
  evaluate(db) {
    const own = ownsClusterSettings(db);
    if (own !== true) return own === false ? null : own;
    return judgeFlag(
      'storageEncrypted',
      db.props.storageEncrypted,
      `The ${kind(db)} encrypts its storage, backups and snapshots.`,
      `The ${kind(db)} stores its data, backups and snapshots unencrypted.`,
    );
  },
});
