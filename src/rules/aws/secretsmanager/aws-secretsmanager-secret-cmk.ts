import { customerKeyVerdict } from '../../../analysis/app-kms.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-secretsmanager-secret-cmk',
    title: 'Secrets Manager secret encrypts with a customer-managed KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::SecretsManager::Secret'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['secretsmanager-customer-managed-key'],
    rationale:
      'With the AWS managed key aws/secretsmanager, any principal in the account allowed secretsmanager:GetSecretValue ' +
      'can read the secret; its key policy cannot be changed. A customer-managed key adds a second, separately ' +
      'controlled permission in front of the credentials that open PHI stores, and cross-account sharing requires it.',
    remediation: {
      text: 'Re-encrypt the secret with a customer-managed KMS key whose policy grants decrypt only to the applications that use the secret.',
      cli: 'aws secretsmanager update-secret --secret-id SECRET --kms-key-id arn:aws:kms:REGION:ACCOUNT:key/KEY_ID',
      terraform: 'resource "aws_secretsmanager_secret" "this" {\n  # ...\n  kms_key_id = aws_kms_key.secrets.arn\n}',
      cloudformation: 'KmsKeyId: !Ref SecretsKey',
    },
  },
  evaluate(secret, ctx) {
    return customerKeyVerdict(secret, ctx, 'kmsKeyId', secret.props.kmsKeyId, 'The secret is encrypted with the AWS managed key aws/secretsmanager.');
  },
});
