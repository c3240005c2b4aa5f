import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-backup-vault-cmk',
    title: 'Backup vault encrypts with a customer-managed KMS key',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)', '164.308(a)(7)(ii)(A)'],
    resourceTypes: ['AWS::Backup::BackupVault'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-backup-vault-cmk'],
    rationale:
      'Backups hold every record the source held. With the AWS managed aws/backup key, anyone allowed to use Backup in ' +
      'the account can decrypt through it and its policy cannot be narrowed; a customer-managed key lets the key ' +
      'policy decide who may restore ePHI and records each use in CloudTrail.',
    remediation: {
      text: 'Create the vault with a customer-managed KMS key (the key of an existing vault cannot change: create a new vault and point the plans at it).',
      cli: 'aws backup create-backup-vault --backup-vault-name phi-vault --encryption-key-arn KEY_ARN',
      terraform: 'resource "aws_backup_vault" "phi" {\n  name        = "phi-vault"\n  kms_key_arn = aws_kms_key.backup.arn\n}',
      cloudformation: 'PhiVault:\n  Type: AWS::Backup::BackupVault\n  Properties:\n    BackupVaultName: phi-vault\n    EncryptionKeyArn: !GetAtt BackupKey.Arn',
    },
  },
  evaluate(vault, ctx) {
    const keyArn = vault.props.encryptionKeyArn;
    if (isUnknown(keyArn)) return unknownResult('encryptionKeyArn', keyArn);
    const seen = ev('encryptionKeyArn', keyArn);
    if (keyArn === null) return fail('The vault encrypts with the AWS managed key.', seen);
    if (/:alias\/aws\//.test(keyArn) || keyArn.startsWith('alias/aws/')) return fail('The vault encrypts with an AWS managed key.', seen);
    const key = ctx.lookup('AWS::KMS::Key', keyArn, vault);
    if (!key) {
      // A template naming a key ARN it does not declare: the key lives elsewhere.
      return notAssessed(`the key ${keyArn} is not in the scan, so who manages it is unknown`, seen);
    }
    const manager = key.props.keyManager;
    if (isUnknown(manager)) return unknownResult('key.keyManager', manager);
    if (manager === 'AWS') return fail(`The vault encrypts with the AWS managed key ${key.name}.`, seen, ev('key.keyManager', manager));
    return pass(`The vault encrypts with the customer-managed key ${key.name}.`, seen, ev('key.keyManager', manager));
  },
});
