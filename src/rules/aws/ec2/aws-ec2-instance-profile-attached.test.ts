import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-instance-profile-attached.js';

ruleTester(rule, {
  pass: [
    { name: 'a live instance with a profile', resource: resource('AWS::EC2::Instance', {}) },
    { name: 'a template instance naming a declared profile', resource: resource('AWS::EC2::Instance', { iamInstanceProfile: 'ref:tpl.yaml#AppProfile' }, { origin: iacOrigin('App') }) },
  ],
  fail: [{ name: 'an instance without a profile', resource: resource('AWS::EC2::Instance', { iamInstanceProfile: null }), message: /No IAM instance profile/ }],
  not_assessed: [{ name: 'a profile from an unresolved variable', resource: resource('AWS::EC2::Instance', { iamInstanceProfile: unknown('variable profile has no value') }) }],
});
