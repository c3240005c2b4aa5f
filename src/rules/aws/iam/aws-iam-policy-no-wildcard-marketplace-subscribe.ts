import { judgeStatements } from '../../../analysis/iam-documents.js';
import { allTri, coversAction, hasEffect } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-wildcard-marketplace-subscribe',
    title: 'IAM policy does not allow subscribing to any AWS Marketplace product',
    severity: 'low',
    hipaa: ['164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::IAM::ManagedPolicy', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['iam-policy-no-wildcard-marketplace-subscribe'],
    rationale:
      'aws-marketplace:Subscribe on every product lets the holder bring third-party software into the account ' +
      'without review; such software may process PHI without a business associate agreement. Access to add ' +
      'services should be authorized deliberately (164.308(a)(4)(ii)(B)).',
    remediation: {
      text: 'Remove aws-marketplace:Subscribe (or the wildcard that includes it) from the policy, or limit it with the aws-marketplace:ProductId condition to approved products.',
      cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://without-subscribe.json --set-as-default',
      terraform: 'statement {\n  actions   = ["aws-marketplace:Subscribe"]\n  resources = ["*"]\n  condition {\n    test     = "ForAllValues:StringEquals"\n    variable = "aws-marketplace:ProductId"\n    values   = ["prod-approved"]\n  }\n}',
      cloudformation: '- Effect: Allow\n  Action: aws-marketplace:Subscribe\n  Resource: "*"\n  Condition:\n    ForAllValues:StringEquals:\n      aws-marketplace:ProductId: [prod-approved]',
    },
  },
  evaluate(r) {
    return judgeStatements(
      r,
      (st) => {
        // Subscribe takes no resource ARN: only the ProductId condition narrows it.
        const narrowed = Object.values(st.condition ?? {}).some((keys) => Object.hasOwn(keys, 'aws-marketplace:productid'));
        const v = allTri([hasEffect(st, 'Allow'), coversAction(st, 'aws-marketplace:Subscribe')]);
        if (isUnknown(v)) return v;
        return v && !narrowed ? 'allows aws-marketplace:Subscribe for every product' : false;
      },
      'No statement allows subscribing to every Marketplace product.',
    );
  },
});
