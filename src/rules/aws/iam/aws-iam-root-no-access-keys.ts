import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-root-no-access-keys',
    title: 'Root user has no access keys',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.312(a)(2)(i)', '164.308(a)(3)(ii)(B)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::IAM::RootUser'],
    sources: ['live'],
    covers: ['iam-root-no-access-keys'],
    rationale:
      'A root access key can do anything in the account, cannot be limited by any IAM policy, and is not tied to ' +
      'a person, which defeats unique user identification (164.312(a)(2)(i)). Whoever holds it holds every PHI ' +
      'store and every key in the account.',
    remediation: {
      text: 'Sign in as root, delete its access keys (Security credentials page), and use IAM roles for everything the keys were doing.',
      cli: '# From the management account, with centralized root access enabled:\naws sts assume-root --target-principal ACCOUNT_ID --task-policy-arn arn=arn:aws:iam::aws:policy/root-task/IAMDeleteRootUserCredentials\n# then, with the returned credentials:\naws iam list-access-keys\naws iam delete-access-key --access-key-id KEY_ID',
    },
  },
  evaluate(root) {
    const present = root.props.accessKeysPresent;
    if (isUnknown(present)) return unknownResult('accessKeysPresent', present);
    if (present) return fail('The root user has an access key.', ev('accessKeysPresent', present));
    return pass('The root user has no access keys.', ev('accessKeysPresent', present));
  },
});
