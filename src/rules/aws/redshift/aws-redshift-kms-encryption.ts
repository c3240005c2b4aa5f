import { keyManagement } from '../../../analysis/kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-kms-encryption',
    title: 'Redshift cluster encrypts with a customer-managed KMS key',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::Redshift::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['redshift-kms-encryption', 'redshift-encryption-and-audit-logging'],
    rationale:
      'A warehouse aggregates ePHI from many systems. Unencrypted, its blocks and snapshots are readable from the ' +
      'storage; under the AWS managed aws/redshift key, the account cannot narrow, audit separately or revoke who ' +
      'decrypts. A customer-managed key keeps that control with the covered entity.',
    remediation: {
      text: 'Encrypt the cluster with a customer-managed KMS key (an in-place migration for provisioned clusters).',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --encrypted --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  encrypted  = true\n  kms_key_id = aws_kms_key.phi.arn\n}',
      cloudformation: 'Encrypted: true\nKmsKeyId: !Ref PhiKey',
    },
  },
  evaluate(cluster, ctx) {
    const encrypted = cluster.props.encrypted;
    if (isUnknown(encrypted)) return unknownResult('encrypted', encrypted);
    if (!encrypted) return fail('The cluster is not encrypted.', ev('encrypted', false));
    const keyId = cluster.props.kmsKeyId;
    if (isUnknown(keyId)) return unknownResult('kmsKeyId', keyId);
    const keyEv = ev('kmsKeyId', keyId);
    if (keyId === null) return fail('The cluster is encrypted with the AWS managed key aws/redshift.', keyEv);
    const km = keyManagement(keyId, cluster, ctx);
    const evidence = [keyEv, ...(km.key ? [ev('key.keyManager', km.key.props.keyManager)] : [])];
    if (km.manager === 'unknown') return notAssessed(km.reason, ...evidence);
    if (km.manager === 'AWS') return fail(`The cluster is encrypted with an AWS managed key: ${km.why}.`, ...evidence);
    return pass(`The cluster is encrypted with a customer-managed key: ${km.why}.`, ...evidence);
  },
});
