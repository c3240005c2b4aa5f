import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-log-file-validation',
    title: 'CloudTrail trail signs its log files for integrity validation',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.312(c)(1)'],
    resourceTypes: ['AWS::CloudTrail::Trail'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['cloudtrail-log-file-validation'],
    rationale:
      'With validation on, CloudTrail writes hourly digest files signed with SHA-256 and RSA, so a deleted or edited ' +
      'log file can be detected. An audit trail that could have been silently altered proves little about who ' +
      'accessed ePHI (164.312(b)); the digests are the integrity control over that record (164.312(c)(1)).',
    remediation: {
      text: 'Enable log file validation on the trail, and validate the logs periodically with `aws cloudtrail validate-logs`.',
      cli: 'aws cloudtrail update-trail --name TRAIL --enable-log-file-validation',
      terraform: 'resource "aws_cloudtrail" "this" {\n  # ...\n  enable_log_file_validation = true\n}',
      cloudformation: 'EnableLogFileValidation: true',
    },
  },
  evaluate(trail) {
    const v = trail.props.logFileValidation;
    if (isUnknown(v)) return unknownResult('logFileValidation', v);
    const seen = ev('logFileValidation', v);
    if (v) return pass('Log file validation is on: each hour of logs has a signed digest.', seen);
    return fail('Log file validation is off: changes to delivered log files would go undetected.', seen);
  },
});
