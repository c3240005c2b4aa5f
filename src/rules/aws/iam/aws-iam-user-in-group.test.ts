import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-user-in-group.js';

ruleTester(rule, {
  pass: [
    { name: 'a member of a group', resource: resource('AWS::IAM::User', { groups: ['clinicians'] }), message: /clinicians/ },
    { name: 'a template user whose group is a reference', resource: resource('AWS::IAM::User', { groups: ['ref:tpl.yaml#Clinicians'] }, { origin: iacOrigin('Alice') }) },
  ],
  fail: [{ name: 'in no group', resource: resource('AWS::IAM::User', { groups: [] }) }],
  not_assessed: [{ name: 'groups from an unresolved parameter', resource: resource('AWS::IAM::User', { groups: unknown('parameter Groups has no value') }) }],
});
