import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-mfa-enabled',
    title: 'IAM user has an MFA device',
    severity: 'medium',
    hipaa: ['164.312(d)', '164.308(a)(5)(ii)(D)'],
    resourceTypes: ['AWS::IAM::User'],
    sources: ['live'],
    covers: ['iam-user-mfa'],
    rationale:
      'Person or entity authentication (164.312(d)) for an identity that may reach PHI should not rest on one ' +
      'secret. A user without MFA cannot satisfy aws:MultiFactorAuthPresent conditions either, so policies that ' +
      'demand MFA for PHI access cannot be met and tend to be loosened.',
    remediation: {
      text: 'Have the user enrol a virtual, hardware or passkey MFA device; for workloads, replace the user with a role.',
      cli: 'aws iam create-virtual-mfa-device --virtual-mfa-device-name USER --outfile qr.png --bootstrap-method QRCodePNG\naws iam enable-mfa-device --user-name USER --serial-number MFA_ARN --authentication-code1 CODE1 --authentication-code2 CODE2',
    },
  },
  evaluate(u) {
    const mfa = u.props.mfaEnabled;
    if (isUnknown(mfa)) return unknownResult('mfaEnabled', mfa);
    if (!mfa) return fail('The user has no MFA device.', ev('mfaEnabled', mfa));
    return pass('The user has an MFA device.', ev('mfaEnabled', mfa));
  },
});
