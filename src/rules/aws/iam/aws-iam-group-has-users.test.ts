import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-group-has-users.js';

ruleTester(rule, {
  pass: [{ name: 'a group with a user', resource: resource('AWS::IAM::Group', { members: ['alice'] }), message: /1 user/ }],
  fail: [
    { name: 'an empty group', resource: resource('AWS::IAM::Group', { members: [] }) },
    { name: 'a template group nobody joins', resource: resource('AWS::IAM::Group', { members: [] }, { origin: iacOrigin('Auditors') }) },
  ],
  not_assessed: [{ name: 'members not fully listed', resource: resource('AWS::IAM::Group', { members: unknown('group members not fully listed: throttled') }) }],
});
