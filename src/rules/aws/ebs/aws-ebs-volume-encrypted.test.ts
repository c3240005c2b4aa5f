import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ebs-volume-encrypted.js';

ruleTester(rule, {
  pass: [{ name: 'an encrypted volume', resource: resource('AWS::EC2::Volume', {}) }],
  fail: [
    { name: 'an unencrypted volume', resource: resource('AWS::EC2::Volume', { encrypted: false, kmsKeyId: null }), message: /not encrypted/ },
    { name: 'a template volume without Encrypted', resource: resource('AWS::EC2::Volume', { encrypted: false, kmsKeyId: null }, { origin: iacOrigin('Data') }) },
  ],
  not_assessed: [{ name: 'encryption from an unresolved parameter', resource: resource('AWS::EC2::Volume', { encrypted: unknown('parameter Encrypt has no value') }) }],
});
