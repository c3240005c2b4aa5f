import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-root-hardware-mfa',
    title: 'Root user MFA is a hardware device',
    severity: 'medium',
    hipaa: ['164.312(d)', '164.308(a)(3)(ii)(A)'],
    resourceTypes: ['AWS::IAM::RootUser'],
    sources: ['live'],
    covers: ['iam-root-hardware-mfa'],
    rationale:
      'A virtual MFA app lives on a phone that is backed up, shared and lost like any other; its seed can be ' +
      'copied. The identity that controls every PHI store in the account deserves a factor that cannot be ' +
      'cloned: a hardware token or a FIDO security key kept under custody (164.312(d)).',
    remediation: {
      text: 'Sign in as root, register a FIDO security key or hardware TOTP token, and remove the virtual device.',
      cli: '# Done signed in as root, in the console (Security credentials > Assign MFA device).',
    },
  },
  evaluate(root) {
    const { mfaEnabled, virtualMfa } = root.props;
    if (isUnknown(mfaEnabled)) return unknownResult('mfaEnabled', mfaEnabled);
    const evidence = [ev('mfaEnabled', mfaEnabled), ev('virtualMfa', virtualMfa)];
    if (!mfaEnabled) return fail('The root user has no MFA at all.', ...evidence);
    if (isUnknown(virtualMfa)) return unknownResult('virtualMfa', virtualMfa);
    if (virtualMfa) return fail('The root user\'s MFA is a virtual (app) device.', ...evidence);
    return pass('The root user\'s MFA is a hardware device or security key.', ...evidence);
  },
});
