import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-guardduty-detector-enabled',
    title: 'GuardDuty is enabled in the region',
    severity: 'high',
    hipaa: ['164.308(a)(1)(ii)(D)', '164.308(a)(5)(ii)(C)', '164.308(a)(6)(i)', '164.308(a)(6)(ii)', '164.312(b)'],
    resourceTypes: ['AWS::GuardDuty::Detector'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['guardduty-enabled'],
    rationale:
      'GuardDuty watches CloudTrail, VPC flow and DNS logs for credential theft, crypto-mining, exfiltration and ' +
      'reconnaissance. A region without an enabled detector is one where an intruder who reaches PHI, or who sets ' +
      'up there to avoid notice, raises no security incident to respond to (164.308(a)(6)).',
    remediation: {
      text: 'Create (or resume) a GuardDuty detector in every region the account can use, ideally from a delegated administrator account for the whole organization.',
      cli: 'aws guardduty create-detector --enable --region REGION\n# a suspended one:\naws guardduty update-detector --detector-id DETECTOR_ID --enable --region REGION',
      terraform: 'resource "aws_guardduty_detector" "this" {\n  enable = true\n}',
      cloudformation: 'Detector:\n  Type: AWS::GuardDuty::Detector\n  Properties:\n    Enable: true',
    },
  },
  evaluate(detector) {
    const status = detector.props.status;
    if (isUnknown(status)) return unknownResult('status', status);
    const seen = ev('status', status);
    if (status === null) return fail('The region has no GuardDuty detector: threats there go undetected.', seen, ev('detectorId', null));
    if (status === 'DISABLED') return fail('The GuardDuty detector is suspended: it analyses nothing.', seen);
    return pass('GuardDuty is enabled.', seen);
  },
});
