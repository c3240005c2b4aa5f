import { describeGrant, grantEvidence, phiAccess } from '../../../analysis/iam-phi-access.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-no-access-keys-with-phi-access',
    title: 'IAM user that can read PHI has no long-lived access key',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::IAM::User'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-iam-no-long-lived-keys-phi'],
    rationale:
      'An access key is a password that never expires and leaves with whoever copies it: into a laptop, a CI ' +
      'variable, a support ticket. A key that reads PHI turns each of those copies into a standing path to the ' +
      'data. Workloads should use roles with short-lived credentials, and people SSO or MFA sessions.',
    remediation: {
      text: 'Move the workload to an IAM role (instance profile, task role, IAM Roles Anywhere, OIDC federation) and delete the user\'s access keys; or remove the user\'s PHI read permissions.',
      cli: 'aws iam update-access-key --user-name USER --access-key-id KEY_ID --status Inactive\naws iam delete-access-key --user-name USER --access-key-id KEY_ID',
      terraform: '# remove aws_iam_access_key for this user; give the workload an aws_iam_role instead',
      cloudformation: '# remove the AWS::IAM::AccessKey for this user; give the workload an AWS::IAM::Role instead',
    },
  },
  evaluate(u, ctx) {
    const keys = u.props.accessKeys;
    if (isUnknown(keys)) return unknownResult('accessKeys', keys);
    const active = keys.filter((k) => k.status !== 'Inactive');
    const keyEvidence = ev('accessKeys', keys);
    if (active.length === 0) return pass('The user has no active access key.', keyEvidence);
    const a = phiAccess(u, ctx);
    const labels = active.map((k) => k.label).join(', ');
    // A grant that demands MFA is out of reach of the key alone.
    const byKey = a.grants.filter((g) => g.mfa !== true);
    if (byKey.length > 0) {
      return fail(`The user has an active access key (${labels}) and can read PHI: ${byKey.map(describeGrant).join('; ')}.`, keyEvidence, ...grantEvidence(byKey));
    }
    if (a.unknowns.length > 0) return notAssessed(a.unknowns[0]!, keyEvidence, ev('unknown', a.unknowns));
    if (a.incomplete) return notAssessed(`PHI stores may exist that were not seen: ${a.incomplete}`, keyEvidence);
    const gated = a.grants.length > 0 ? ' without an MFA session' : '';
    return pass(`The user's access keys (${labels}) reach no PHI store${gated}.`, keyEvidence, ...grantEvidence(a.grants), ev('phiStoresChecked', a.targets));
  },
});
