import { z } from 'zod';
import { judgeStatements } from '../../../analysis/iam-documents.js';
import { allTri, anyTri, coversAction, coversResource, hasEffect } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-blocked-kms-actions',
    title: 'IAM policy does not allow decrypting with every KMS key',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)', '164.312(a)(1)'],
    resourceTypes: ['AWS::IAM::ManagedPolicy', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['iam-managed-policy-no-blocked-kms-actions', 'iam-inline-policy-no-blocked-kms-actions'],
    rationale:
      'Encrypting PHI with KMS protects it only as far as kms:Decrypt is restricted. An identity policy allowing ' +
      'kms:Decrypt or kms:ReEncryptFrom on every key lets its holder read any encrypted PHI it can fetch, undoing ' +
      'the separation that encryption at rest (164.312(a)(2)(iv)) is meant to give.',
    remediation: {
      text: 'Name the key ARNs the principal needs in Resource instead of "*", or narrow the statement with kms:ViaService and kms:EncryptionContext conditions.',
      cli: 'aws iam create-policy-version --policy-arn POLICY_ARN --policy-document file://scoped-kms.json --set-as-default',
      terraform: 'statement {\n  actions   = ["kms:Decrypt"]\n  resources = [aws_kms_key.records.arn]\n}',
      cloudformation: '- Effect: Allow\n  Action: kms:Decrypt\n  Resource: !GetAtt RecordsKey.Arn',
    },
  },
  options: z.object({ blockedActions: z.array(z.string()).default(['kms:Decrypt', 'kms:ReEncryptFrom']) }),
  evaluate(r, ctx) {
    const blocked = ctx.options.blockedActions;
    return judgeStatements(
      r,
      (st) => {
        // "Every key": Resource "*" or a pattern that covers any key in any region.
        const hits = blocked.map((a) => ({ a, v: allTri([hasEffect(st, 'Allow'), coversAction(st, a), coversResource(st, ['arn:aws:kms:*:*:key/*'])]) }));
        const hit = hits.find((h) => h.v === true);
        if (hit) return `allows ${hit.a} on every KMS key`;
        const v = anyTri(hits.map((h) => h.v));
        return isUnknown(v) ? v : false;
      },
      `No statement allows ${blocked.join(' or ')} on every KMS key.`,
    );
  },
});
