import { z } from 'zod';
import { anyTri, coversAction, hasEffect, allTri } from '../../../analysis/iam-policy.js';
import { enforcingAttestation, isAttestationKey, isEnclaveKey } from '../../../analysis/kms.js';
import { conditionEntries } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-kms-enclave-attestation-enforced',
    title: 'Nitro Enclave key policy releases plaintext only to an attested enclave image',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)', '164.312(a)(1)'],
    resourceTypes: ['AWS::KMS::Key'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['kms-enclave-attestation-enforced'],
    rationale:
      'A key set aside for Nitro Enclaves is only worth having if KMS checks the enclave\'s signed attestation ' +
      'before it decrypts. A kms:Decrypt grant without a kms:RecipientAttestation:ImageSha384 or PCR condition ' +
      'lets the parent instance, or anyone with the role, decrypt the ePHI the enclave was meant to keep to itself.',
    remediation: {
      text: 'Grant kms:Decrypt (and GenerateDataKey) to the enclave\'s role only with a StringEqualsIgnoreCase condition on kms:RecipientAttestation:ImageSha384 (or PCR0/PCR8) holding the measured values of the approved image. IfExists variants do not enforce anything.',
      cli: 'aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://enclave-key-policy.json',
      terraform:
        'statement {\n  sid       = "EnclaveDecrypt"\n  actions   = ["kms:Decrypt", "kms:GenerateDataKey"]\n  resources = ["*"]\n  principals {\n    type        = "AWS"\n    identifiers = [aws_iam_role.enclave_host.arn]\n  }\n  condition {\n    test     = "StringEqualsIgnoreCase"\n    variable = "kms:RecipientAttestation:ImageSha384"\n    values   = [var.enclave_image_sha384]\n  }\n}',
      cloudformation:
        '- Sid: EnclaveDecrypt\n  Effect: Allow\n  Principal: { AWS: !GetAtt EnclaveHostRole.Arn }\n  Action: [kms:Decrypt, kms:GenerateDataKey]\n  Resource: "*"\n  Condition:\n    StringEqualsIgnoreCase:\n      kms:RecipientAttestation:ImageSha384: !Ref EnclaveImageSha384',
    },
  },
  options: z.object({
    /** Keys used by Nitro Enclaves (id, ARN or alias) whose policies do not (yet) mention attestation. */
    enclaveKeys: z.array(z.string()).default([]),
  }),
  evaluate(key, ctx) {
    if (!isEnclaveKey(key, ctx.options.enclaveKeys)) return null;
    const policy = key.props.policy;
    if (isUnknown(policy)) return unknownResult('policy', policy);
    if (policy === null) return fail('The key has the default key policy, which sets no attestation condition.', ev('policy', null));
    const seen = ev('policy.statements', policy.statements);
    const enforced = anyTri(
      policy.statements.map((st) =>
        enforcingAttestation(st).length > 0 ? allTri([hasEffect(st, 'Allow'), coversAction(st, 'kms:Decrypt')]) : false,
      ),
    );
    if (enforced === true) return pass('A kms:Decrypt grant is conditioned on the enclave\'s measured image (kms:RecipientAttestation).', seen);
    if (isUnknown(enforced)) return notAssessed(`whether a grant enforces attestation depends on an unknown value: ${enforced.$unknown}`, seen);
    const weak = policy.statements.flatMap((st) => conditionEntries(st).filter((c) => isAttestationKey(c.key)).map((c) => `${c.operator} ${c.key}`));
    const why = weak.length > 0 ? ` (its attestation conditions, ${weak.join(', ')}, hold for a request without attestation or with any image)` : '';
    return fail(`No kms:Decrypt grant in the key policy requires an attested enclave image${why}.`, seen);
  },
});
