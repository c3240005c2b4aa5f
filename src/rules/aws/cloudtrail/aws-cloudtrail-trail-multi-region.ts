import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-trail-multi-region',
    title: 'CloudTrail trail records events in every region',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::CloudTrail::Trail'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['cloudtrail-multi-region'],
    rationale:
      'A single-region trail misses activity everywhere else, including regions enabled later. Making each trail ' +
      'multi-region means the record of activity (164.312(b)) does not depend on where a change or an intruder ' +
      'happens to act.',
    remediation: {
      text: 'Make the trail multi-region.',
      cli: 'aws cloudtrail update-trail --name TRAIL --is-multi-region-trail',
      terraform: 'resource "aws_cloudtrail" "this" {\n  # ...\n  is_multi_region_trail = true\n}',
      cloudformation: 'IsMultiRegionTrail: true',
    },
  },
  evaluate(trail) {
    const multi = trail.props.isMultiRegion;
    if (isUnknown(multi)) return unknownResult('isMultiRegion', multi);
    const seen = ev('isMultiRegion', multi);
    if (multi) return pass('The trail records events in every region.', seen);
    const home = trail.props.homeRegion;
    const where = typeof home === 'string' ? ` (${home})` : '';
    return fail(`The trail records events in its home region${where} only.`, seen, ev('homeRegion', home));
  },
});
