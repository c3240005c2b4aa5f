import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ebs-encryption-by-default.js';

ruleTester(rule, {
  pass: [{ name: 'enabled', resource: resource('AWS::EC2::EBSEncryptionByDefault', {}) }],
  fail: [{ name: 'disabled', resource: resource('AWS::EC2::EBSEncryptionByDefault', { enabled: false }), message: /off/ }],
  not_assessed: [{ name: 'the setting could not be read', resource: resource('AWS::EC2::EBSEncryptionByDefault', { enabled: unknown('AccessDenied on ec2:GetEbsEncryptionByDefault') }) }],
});
