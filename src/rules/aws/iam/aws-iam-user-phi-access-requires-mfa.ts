import { describeGrant, grantEvidence, phiAccess } from '../../../analysis/iam-phi-access.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-user-phi-access-requires-mfa',
    title: 'IAM user can read PHI only in an MFA-authenticated session',
    severity: 'high',
    hipaa: ['164.312(d)'],
    resourceTypes: ['AWS::IAM::User'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-iam-phi-mfa'],
    rationale:
      'MFA on the console sign-in does not protect the user\'s access keys, which read PHI with one secret. ' +
      'Only a condition in the policy itself (aws:MultiFactorAuthPresent, or a Deny guard with BoolIfExists ' +
      'false) makes every path to the data prove a second factor, as person authentication (164.312(d)) ' +
      'requires for people reaching ePHI.',
    remediation: {
      text: 'Add "Bool": {"aws:MultiFactorAuthPresent": "true"} to the statements that read PHI, or attach a Deny of everything except MFA setup with "BoolIfExists": {"aws:MultiFactorAuthPresent": "false"}. Programs should use roles, not users.',
      cli: 'aws iam put-group-policy --group-name GROUP --policy-name deny-without-mfa --policy-document file://deny-without-mfa.json',
      terraform: 'statement {\n  actions   = ["s3:GetObject"]\n  resources = ["${aws_s3_bucket.records.arn}/*"]\n  condition {\n    test     = "Bool"\n    variable = "aws:MultiFactorAuthPresent"\n    values   = ["true"]\n  }\n}',
      cloudformation: '- Effect: Allow\n  Action: s3:GetObject\n  Resource: !Sub "${Records.Arn}/*"\n  Condition:\n    Bool:\n      aws:MultiFactorAuthPresent: "true"',
    },
  },
  evaluate(u, ctx) {
    const a = phiAccess(u, ctx);
    const bare = a.grants.filter((g) => g.mfa === false);
    const counts = ev('phiStoresChecked', a.targets);
    if (bare.length > 0) return fail(`It can read PHI without MFA: ${bare.map(describeGrant).join('; ')}.`, ...grantEvidence(bare), counts);
    const openMfa = a.grants.find((g) => isUnknown(g.mfa));
    if (openMfa) return notAssessed(`whether ${describeGrant(openMfa)} requires MFA is unknown`, ...grantEvidence([openMfa]));
    if (a.unknowns.length > 0) return notAssessed(a.unknowns[0]!, ev('unknown', a.unknowns), counts);
    if (a.grants.length > 0) return pass('Every policy that lets the user read PHI requires MFA.', ...grantEvidence(a.grants), counts);
    if (a.incomplete) return notAssessed(`PHI stores may exist that were not seen: ${a.incomplete}`, counts);
    return pass('No identity policy lets the user read a PHI store.', counts);
  },
});
