import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-trail-multi-region.js';

ruleTester(rule, {
  pass: [
    { name: 'a multi-region trail', resource: resource('AWS::CloudTrail::Trail', { isMultiRegion: true }) },
    {
      name: 'a template trail declared multi-region',
      resource: resource('AWS::CloudTrail::Trail', { isMultiRegion: true }, { origin: iacOrigin('Trail') }),
    },
  ],
  fail: [
    {
      name: 'a single-region trail',
      resource: resource('AWS::CloudTrail::Trail', { isMultiRegion: false, homeRegion: 'us-east-1' }),
      message: /us-east-1/,
    },
    {
      name: 'a template trail that leaves IsMultiRegionTrail at its default',
      resource: resource('AWS::CloudTrail::Trail', { isMultiRegion: false, homeRegion: unknown('not stated') }, { origin: iacOrigin('Trail') }),
    },
  ],
  not_assessed: [
    {
      name: 'multi-region set from an unresolved variable',
      resource: resource('AWS::CloudTrail::Trail', { isMultiRegion: unknown('var.multi_region has no value') }),
      message: /multi_region/,
    },
  ],
});
