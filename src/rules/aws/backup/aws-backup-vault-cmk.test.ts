import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-vault-cmk.js';

const KEY = 'arn:aws:kms:us-east-1:111122223333:key/0b1c2d3e-aaaa-bbbb-cccc-000000000004';
const vault = (encryptionKeyArn: unknown, opts = {}) => resource('AWS::Backup::BackupVault', { encryptionKeyArn: encryptionKeyArn as string }, opts);
const key = (keyManager: 'CUSTOMER' | 'AWS') => resource('AWS::KMS::Key', { keyManager }, { id: KEY });

ruleTester(rule, {
  pass: [
    { name: 'a customer-managed key', resource: vault(KEY), others: [key('CUSTOMER')], message: /customer-managed/ },
    { name: 'a template key by reference', resource: vault('ref:t.yaml#Key', { origin: iacOrigin('Vault') }), others: [resource('AWS::KMS::Key', {}, { id: 't.yaml#Key', refs: ['ref:t.yaml#Key'], origin: iacOrigin('Key') })] },
  ],
  fail: [
    { name: 'no key named', resource: vault(null), message: /AWS managed key/ },
    { name: 'the aws/backup key', resource: vault(KEY), others: [key('AWS')] },
    { name: 'the aws/backup alias', resource: vault('arn:aws:kms:us-east-1:111122223333:alias/aws/backup') },
  ],
  not_assessed: [
    { name: 'a key outside the scan', resource: vault(KEY), message: /not in the scan/ },
    { name: 'an unresolved key parameter', resource: vault(unknown('parameter KeyArn has no value')) },
  ],
});
