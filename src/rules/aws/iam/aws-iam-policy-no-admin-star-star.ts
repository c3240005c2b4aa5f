import { judgeStatements } from '../../../analysis/iam-documents.js';
import { allowsAdminStarStar } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-admin-star-star',
    title: 'IAM policy does not allow every action on every resource',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(B)', '164.308(a)(3)(i)', '164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::IAM::ManagedPolicy', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['iam-policy-no-admin-star-star'],
    rationale:
      'A statement allowing Action "*" on Resource "*" makes whoever holds it an administrator: they can read every ' +
      'PHI store, decrypt every key, turn off CloudTrail and grant themselves anything else. Access to ePHI must be ' +
      'limited to what each workforce member or workload needs (164.308(a)(4), 164.312(a)(1)).',
    remediation: {
      text: 'Replace the "*:*" statement with the actions and resources the principal needs. Keep administrator access for a few break-glass roles assumed with MFA, using the AWS managed AdministratorAccess policy rather than a customer copy of it.',
      cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://least-privilege.json --set-as-default\naws iam delete-role-policy --role-name ROLE --policy-name POLICY',
      terraform: 'data "aws_iam_policy_document" "app" {\n  statement {\n    actions   = ["s3:GetObject"]\n    resources = ["${aws_s3_bucket.records.arn}/*"]\n  }\n}',
      cloudformation: 'PolicyDocument:\n  Version: "2012-10-17"\n  Statement:\n    - Effect: Allow\n      Action: s3:GetObject\n      Resource: !Sub "${Records.Arn}/*"',
    },
  },
  evaluate(r) {
    return judgeStatements(
      r,
      (st) => {
        const admin = allowsAdminStarStar(st);
        return isUnknown(admin) ? admin : admin ? 'allows every action ("*") on every resource ("*")' : false;
      },
      'No statement allows every action on every resource.',
    );
  },
});
