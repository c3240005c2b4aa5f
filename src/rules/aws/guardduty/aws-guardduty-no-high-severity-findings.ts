import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-guardduty-no-high-severity-findings',
    title: 'GuardDuty has no open high-severity findings',
    severity: 'high',
    hipaa: ['164.308(a)(6)(ii)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::GuardDuty::Detector'],
    sources: ['live'],
    covers: ['guardduty-no-high-severity-findings'],
    rationale:
      'A high-severity GuardDuty finding means a resource is likely compromised or credentials are being abused now. ' +
      'Left open, it is a security incident nobody has responded to or documented, which is what 164.308(a)(6)(ii) ' +
      'requires for every suspected incident, and PHI may be leaving meanwhile.',
    remediation: {
      text: 'Investigate each open finding at or above the threshold, contain and remediate, then archive it (or add a suppression rule for expected activity) with the outcome recorded.',
      cli: 'aws guardduty list-findings --detector-id DETECTOR_ID --finding-criteria \'{"Criterion":{"service.archived":{"Eq":["false"]},"severity":{"Gte":7}}}\'\naws guardduty archive-findings --detector-id DETECTOR_ID --finding-ids FINDING_ID',
    },
  },
  options: z.object({
    /** GuardDuty's High band starts at 7.0 (Critical at 9.0). */
    minSeverity: z.number().min(1).max(10).default(7),
  }),
  evaluate(detector, ctx) {
    const { status, findings } = detector.props;
    // A region without a working detector is judged by aws-guardduty-detector-enabled.
    if (status === null || status === 'DISABLED' || findings === null) return null;
    if (isUnknown(findings)) return unknownResult('findings', findings);
    const min = ctx.options.minSeverity;
    const high = findings.activeBySeverity.filter((s) => s.severity >= min);
    const count = high.reduce((n, s) => n + s.count, 0);
    const evidence = [ev('findings.activeBySeverity', findings.activeBySeverity), ev('options.minSeverity', min)];
    if (count > 0) return fail(`${count} open GuardDuty finding(s) have severity ${min} or higher.`, ...evidence);
    return pass(`No open finding has severity ${min} or higher.`, ...evidence);
  },
});
