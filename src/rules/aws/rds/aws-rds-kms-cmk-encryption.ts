import { ownsClusterSettings, kind } from '../../../analysis/database-rds.js';
import { keyManagement } from '../../../analysis/kms.js';
import type { AnyResource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-rds-kms-cmk-encryption',
    title: 'RDS instance or Aurora cluster encrypts with a customer-managed KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-phi-store-cmk'],
    rationale:
      'With the AWS managed aws/rds key, anyone allowed to use RDS in the account can restore a snapshot, and the ' +
      'key policy cannot be narrowed, shared for cross-account recovery, or disabled in an incident. A ' +
      'customer-managed key puts every decryption of the ePHI under a policy the covered entity controls and audits.',
    remediation: {
      text: 'The key is fixed at creation: copy a snapshot with a customer-managed key (--kms-key-id), restore from the copy, and move traffic to the new database.',
      cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-cmk --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  storage_encrypted = true\n  kms_key_id        = aws_kms_key.phi.arn\n}',
      cloudformation: 'StorageEncrypted: true\nKmsKeyId: !GetAtt PhiKey.Arn',
    },
  },
  evaluate(db, ctx) {
    const own = ownsClusterSettings(db);
    if (own !== true) return own === false ? null : own;
    const encrypted = db.props.storageEncrypted;
    if (isUnknown(encrypted)) return unknownResult('storageEncrypted', encrypted);
    // Unencrypted storage is aws-rds-storage-encrypted's finding.
    if (!encrypted) return null;
    const keyId = db.props.kmsKeyId;
    if (isUnknown(keyId)) return unknownResult('kmsKeyId', keyId);
    const keyEv = ev('kmsKeyId', keyId);
    if (keyId === null) return fail(`The ${kind(db)} is encrypted with the AWS managed key aws/rds.`, keyEv);
    const km = keyManagement(keyId, db as AnyResource, ctx);
    const evidence = [keyEv, ...(km.key ? [ev('key.keyManager', km.key.props.keyManager)] : [])];
    if (km.manager === 'unknown') return notAssessed(km.reason, ...evidence);
    if (km.manager === 'AWS') return fail(`The ${kind(db)} is encrypted with an AWS managed key: ${km.why}.`, ...evidence);
    return pass(`The ${kind(db)} is encrypted with a customer-managed key: ${km.why}.`, ...evidence);
  },
});
