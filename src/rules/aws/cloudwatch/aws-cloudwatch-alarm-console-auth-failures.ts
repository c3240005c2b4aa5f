import { cisAlarmRule } from '../../../analysis/ops-cis-alarm-rule.js';

export default cisAlarmRule({
  id: 'aws-cloudwatch-alarm-console-auth-failures',
  what: 'console sign-in failures',
  events: 'consoleAuthFailures',
  covers: 'cloudwatch-alarm-console-auth-failures',
  hipaa: ['164.308(a)(5)(ii)(C)', '164.308(a)(6)(ii)'],
  rationale:
    'Repeated failed console sign-ins are what a password-guessing attack looks like. Log-in monitoring (164.308(a)(5)(ii)(C)) asks for exactly this: someone told when they happen, not a record found later.',
  pattern: '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }',
  metric: 'ConsoleSigninFailures',
});
