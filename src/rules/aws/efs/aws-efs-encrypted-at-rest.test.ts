import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-efs-encrypted-at-rest.js';

ruleTester(rule, {
  pass: [{ name: 'encrypted', resource: resource('AWS::EFS::FileSystem', {}), message: /encrypts/ }],
  fail: [
    { name: 'unencrypted', resource: resource('AWS::EFS::FileSystem', { encrypted: false, kmsKeyId: null }), message: /unencrypted/ },
    { name: 'a template file system left at the default', resource: resource('AWS::EFS::FileSystem', { encrypted: false, kmsKeyId: null }, { origin: iacOrigin('Scans') }) },
  ],
  not_assessed: [{ name: 'Encrypted from an unresolved parameter', resource: resource('AWS::EFS::FileSystem', { encrypted: unknown('parameter Encrypt has no value') }) }],
});
