import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-efs-kms-cmk-encryption.js';

const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-100000000008`;
const fs = (kmsKeyId: string | null | ReturnType<typeof unknown>) => resource('AWS::EFS::FileSystem', { kmsKeyId });

ruleTester(rule, {
  pass: [{ name: 'a customer-managed key', resource: fs(KEY), others: [resource('AWS::KMS::Key', {}, { id: KEY })], message: /customer-managed/ }],
  fail: [
    { name: 'no key named in a template', resource: fs(null), message: /aws\/elasticfilesystem/ },
    { name: 'the live ARN of the AWS managed key', resource: fs(KEY), others: [resource('AWS::KMS::Key', { keyManager: 'AWS' }, { id: KEY })] },
  ],
  not_assessed: [{ name: 'a key missing from the inventory', resource: fs(KEY), message: /not in the inventory/ }],
  not_applicable: [{ name: 'an unencrypted file system', resource: resource('AWS::EFS::FileSystem', { encrypted: false, kmsKeyId: null }) }],
});
