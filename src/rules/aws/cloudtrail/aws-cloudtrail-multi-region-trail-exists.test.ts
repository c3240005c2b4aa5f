import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-multi-region-trail-exists.js';

const account = resource('AWS::Account');
const trail = (props: object, name = 'org-trail') => resource('AWS::CloudTrail::Trail', props, { name });
const incomplete = [
  {
    provider: 'aws' as const,
    account: ACCOUNT,
    type: 'AWS::CloudTrail::Trail' as const,
    complete: false,
    reasons: ['AccessDenied on cloudtrail:DescribeTrails in ap-south-1'],
  },
];

ruleTester(rule, {
  pass: [
    { name: 'a multi-region trail that is logging', resource: account, others: [trail({})], message: /org-trail/ },
    {
      name: 'one good trail among single-region ones',
      resource: account,
      others: [trail({ isMultiRegion: false }, 'regional'), trail({}, 'global')],
      message: /global/,
    },
    {
      name: 'a good trail found even though the listing is incomplete',
      resource: account,
      others: [trail({})],
      coverage: incomplete,
    },
  ],
  fail: [
    { name: 'no trail at all', resource: account, message: /no CloudTrail trail/ },
    { name: 'only a single-region trail', resource: account, others: [trail({ isMultiRegion: false })] },
    { name: 'the multi-region trail is stopped', resource: account, others: [trail({ isLogging: false })], message: /both/ },
    {
      name: 'one trail is multi-region but stopped, the other logging but single-region',
      resource: account,
      others: [trail({ isLogging: false }, 'stopped'), trail({ isMultiRegion: false }, 'regional')],
    },
  ],
  not_assessed: [
    { name: 'no good trail and the trail list is incomplete', resource: account, coverage: incomplete, message: /ap-south-1/ },
    {
      name: 'the only multi-region trail has an unknown logging status',
      resource: account,
      others: [trail({ isLogging: unknown('AccessDenied on cloudtrail:GetTrailStatus') })],
      message: /GetTrailStatus/,
    },
  ],
});
