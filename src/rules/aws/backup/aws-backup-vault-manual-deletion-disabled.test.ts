import type { PolicyDocument } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-vault-manual-deletion-disabled.js';

const deny = (action: string, principal: PolicyDocument['statements'][0]['principal'] = '*'): PolicyDocument => ({
  statements: [{ effect: 'Deny', principal, action: [action], resource: ['*'] }],
});
const vault = (props: object, opts = {}) => resource('AWS::Backup::BackupVault', { lock: null, accessPolicy: null, ...props }, opts);

ruleTester(rule, {
  pass: [
    { name: 'compliance-mode lock', resource: vault({ lock: { minRetentionDays: 35, maxRetentionDays: null, mode: 'compliance' } }), message: /compliance/ },
    { name: 'policy denies DeleteRecoveryPoint to everyone', resource: vault({ accessPolicy: deny('backup:DeleteRecoveryPoint') }) },
    { name: 'policy denies backup:Delete* to AWS *', resource: vault({ accessPolicy: deny('backup:Delete*', { AWS: ['*'] }) }, { origin: iacOrigin('Vault') }) },
  ],
  fail: [
    { name: 'no policy, no lock', resource: vault({}), message: /no Vault Lock/ },
    { name: 'governance lock only', resource: vault({ lock: { minRetentionDays: 35, maxRetentionDays: null, mode: 'governance' } }), message: /governance/ },
    { name: 'the deny names one role only', resource: vault({ accessPolicy: deny('backup:DeleteRecoveryPoint', { AWS: ['arn:aws:iam::111122223333:role/ops'] }) }) },
    { name: 'the deny covers another action', resource: vault({ accessPolicy: deny('backup:PutBackupVaultAccessPolicy') }) },
  ],
  not_assessed: [
    { name: 'the policy could not be read', resource: vault({ accessPolicy: unknown('AccessDenied on backup:GetBackupVaultAccessPolicy') }), message: /GetBackupVaultAccessPolicy/ },
    { name: 'the denied action is a parameter', resource: vault({ accessPolicy: { statements: [{ effect: 'Deny', principal: '*', action: [unknown('parameter A')], resource: ['*'] }] } }) },
  ],
});
