import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

const DAY = 86_400_000;

export default defineRule({
  meta: {
    id: 'aws-guardduty-findings-triaged',
    title: 'GuardDuty findings are triaged (archived) within the allowed time',
    severity: 'medium',
    hipaa: ['164.308(a)(6)(ii)', '164.312(b)'],
    resourceTypes: ['AWS::GuardDuty::Detector'],
    sources: ['live'],
    covers: ['guardduty-findings-archived'],
    rationale:
      'A finding stays active until someone archives it: one still open weeks after GuardDuty raised it shows ' +
      'detections are not being reviewed. HIPAA expects suspected incidents to be identified, responded to and ' +
      'documented (164.308(a)(6)(ii)); a backlog of stale findings is evidence that review is not happening.',
    remediation: {
      text: 'Review the open findings older than the limit: respond to real ones, archive them with the outcome documented, and add suppression rules for expected activity so new findings stand out.',
      cli: 'aws guardduty list-findings --detector-id DETECTOR_ID --finding-criteria \'{"Criterion":{"service.archived":{"Eq":["false"]}}}\' --sort-criteria AttributeName=createdAt,OrderBy=ASC\naws guardduty archive-findings --detector-id DETECTOR_ID --finding-ids FINDING_ID',
    },
  },
  options: z.object({ maxOpenDays: z.number().int().positive().default(30) }),
  evaluate(detector, ctx) {
    const { status, findings } = detector.props;
    if (status === null || status === 'DISABLED' || findings === null) return null;
    if (isUnknown(findings)) return unknownResult('findings', findings);
    const oldest = findings.oldestActiveCreatedAt;
    if (isUnknown(oldest)) return unknownResult('findings.oldestActiveCreatedAt', oldest);
    const max = ctx.options.maxOpenDays;
    const evidence = [ev('findings.oldestActiveCreatedAt', oldest), ev('options.maxOpenDays', max)];
    if (oldest === null) return pass('No finding is open.', ...evidence);
    const created = Date.parse(oldest);
    if (Number.isNaN(created)) return notAssessed(`the oldest open finding has an unreadable date ${oldest}`, ...evidence);
    const age = Math.floor((Date.now() - created) / DAY);
    if (age > max) return fail(`The oldest open finding was raised ${age} days ago, longer than the ${max} days allowed.`, ...evidence);
    return pass(`The oldest open finding is ${age} days old, within the ${max} days allowed.`, ...evidence);
  },
});
