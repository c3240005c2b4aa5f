import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-console-mfa',
    title: 'IAM user with a console password has MFA',
    severity: 'high',
    hipaa: ['164.312(d)', '164.312(a)(1)', '164.308(a)(3)(ii)(A)'],
    resourceTypes: ['AWS::IAM::User'],
    sources: ['live'],
    covers: ['iam-console-user-mfa'],
    rationale:
      'A console password alone can be phished, guessed or reused from another breach, and the console shows PHI ' +
      'in S3, DynamoDB and logs to whoever signs in. 164.312(d) requires verifying that the person is who they ' +
      'claim to be; a second factor is the accepted way to do that for a web sign-in.',
    remediation: {
      text: 'Enrol an MFA device for the user, or remove the console password if the user does not need the console.',
      cli: 'aws iam enable-mfa-device --user-name USER --serial-number MFA_ARN --authentication-code1 CODE1 --authentication-code2 CODE2\n# or\naws iam delete-login-profile --user-name USER',
    },
  },
  evaluate(u) {
    const { consoleAccess, mfaEnabled } = u.props;
    if (isUnknown(consoleAccess)) return unknownResult('consoleAccess', consoleAccess);
    // Users without a password are judged by aws-iam-user-mfa-enabled.
    if (!consoleAccess) return null;
    if (isUnknown(mfaEnabled)) return unknownResult('mfaEnabled', mfaEnabled);
    const evidence = [ev('consoleAccess', consoleAccess), ev('mfaEnabled', mfaEnabled)];
    if (!mfaEnabled) return fail('The user signs in to the console with a password and no MFA device.', ...evidence);
    return pass('The console user has an MFA device.', ...evidence);
  },
});
