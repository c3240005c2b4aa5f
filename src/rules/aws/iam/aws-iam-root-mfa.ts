import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-root-mfa',
    title: 'Root user signs in with MFA',
    severity: 'critical',
    hipaa: ['164.312(d)', '164.308(a)(3)(ii)(A)'],
    resourceTypes: ['AWS::IAM::RootUser'],
    sources: ['live'],
    covers: ['iam-root-mfa'],
    rationale:
      'The root user can read, change or delete every PHI store in the account and no policy limits it. Its ' +
      'password alone is one phishing page away from a full breach; authentication of the person using it ' +
      '(164.312(d)) needs a second factor.',
    remediation: {
      text: 'Sign in as root and assign an MFA device (preferably a hardware key or passkey) on the Security credentials page.',
      cli: '# MFA for the root user is assigned signed in as root, in the console (Security credentials).',
    },
  },
  evaluate(root) {
    const mfa = root.props.mfaEnabled;
    if (isUnknown(mfa)) return unknownResult('mfaEnabled', mfa);
    if (!mfa) return fail('The root user has no MFA.', ev('mfaEnabled', mfa));
    return pass('The root user has MFA.', ev('mfaEnabled', mfa));
  },
});
