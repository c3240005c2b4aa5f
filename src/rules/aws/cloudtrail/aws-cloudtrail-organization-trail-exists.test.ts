import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-organization-trail-exists.js';

const account = resource('AWS::Account');
const trail = (props: object, name = 'org-trail') => resource('AWS::CloudTrail::Trail', props, { name });

ruleTester(rule, {
  pass: [
    { name: 'a logging organization trail', resource: account, others: [trail({ isOrganizationTrail: true })], message: /org-trail/ },
    {
      name: 'the organization trail beside the account\'s own',
      resource: account,
      others: [trail({}, 'local'), trail({ isOrganizationTrail: true }, 'org')],
      message: /org/,
    },
  ],
  fail: [
    { name: 'only the account\'s own trail', resource: account, others: [trail({})], message: /No logging organization trail/ },
    { name: 'the organization trail is stopped', resource: account, others: [trail({ isOrganizationTrail: true, isLogging: false })] },
    { name: 'no trail at all', resource: account },
  ],
  not_assessed: [
    {
      name: 'the trail list is incomplete',
      resource: account,
      others: [trail({})],
      coverage: [{ provider: 'aws', account: ACCOUNT, type: 'AWS::CloudTrail::Trail', complete: false, reasons: ['AccessDenied on cloudtrail:DescribeTrails in eu-west-1'] }],
      message: /eu-west-1/,
    },
    {
      name: 'the organization trail\'s status is unknown',
      resource: account,
      others: [trail({ isOrganizationTrail: true, isLogging: unknown('AccessDenied on cloudtrail:GetTrailStatus') })],
      message: /GetTrailStatus/,
    },
  ],
});
