import { z } from 'zod';
import { allTri, anyTri, coversAction, hasEffect, notTri } from '../../../analysis/iam-policy.js';
import { deniesWithoutAttestation, enforcingAttestation, isEnclaveKey, PLAINTEXT_ACTIONS } from '../../../analysis/kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-kms-enclave-no-attestation-bypass-path',
    title: 'Nitro Enclave key has no grant that reaches plaintext without attestation',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::KMS::Key'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['kms-enclave-no-attestation-bypass-path'],
    rationale:
      'One attested grant does not make an enclave key safe: the default "Enable IAM policies" statement (kms:* to ' +
      'the account) or any other Allow of kms:Decrypt, GenerateDataKey or ReEncryptFrom without an attestation ' +
      'condition is a second door, through which an IAM role on the parent instance reads the ePHI in the clear.',
    remediation: {
      text: 'Give key administrators only management actions (kms:Create*, Describe*, Enable*, Put*, Update*, Revoke*, Disable*, Get*, Delete*, ScheduleKeyDeletion, CancelKeyDeletion), or add a Deny to "*" of kms:Decrypt, kms:GenerateDataKey*, kms:ReEncrypt* whenever kms:RecipientAttestation:ImageSha384 is not the approved value.',
      cli: 'aws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://enclave-key-policy.json',
      terraform:
        'statement {\n  sid       = "DenyWithoutAttestation"\n  effect    = "Deny"\n  actions   = ["kms:Decrypt", "kms:GenerateDataKey*", "kms:ReEncrypt*"]\n  resources = ["*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "StringNotEqualsIgnoreCase"\n    variable = "kms:RecipientAttestation:ImageSha384"\n    values   = [var.enclave_image_sha384]\n  }\n}',
      cloudformation:
        '- Sid: DenyWithoutAttestation\n  Effect: Deny\n  Principal: "*"\n  Action: [kms:Decrypt, "kms:GenerateDataKey*", "kms:ReEncrypt*"]\n  Resource: "*"\n  Condition:\n    StringNotEqualsIgnoreCase:\n      kms:RecipientAttestation:ImageSha384: !Ref EnclaveImageSha384',
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
    // The default key policy gives the account kms:*, which IAM policies then hand out.
    if (policy === null) return fail('The key has the default key policy: any IAM principal allowed kms:Decrypt decrypts without attestation.', ev('policy', null));
    const seen = ev('policy.statements', policy.statements);
    const open: string[] = [];
    let unsure: string | undefined;
    for (const action of PLAINTEXT_ACTIONS) {
      const doors = policy.statements.map((st, i) => ({
        at: st.sid ? `"${st.sid}"` : `#${i + 1}`,
        v: enforcingAttestation(st).length > 0 ? false : allTri([hasEffect(st, 'Allow'), coversAction(st, action)]),
      }));
      const closed = anyTri(policy.statements.map((st) => deniesWithoutAttestation(st, action)));
      const bypass = allTri([anyTri(doors.map((d) => d.v)), notTri(closed)]);
      if (bypass === true) open.push(`${action} (statement ${doors.filter((d) => d.v === true).map((d) => d.at).join(', ')})`);
      else if (isUnknown(bypass)) unsure ??= `${action}: ${bypass.$unknown}`;
    }
    if (open.length > 0) return fail(`The key policy allows ${open.join('; ')} without an attestation condition.`, seen);
    if (unsure) return notAssessed(`whether a grant bypasses attestation depends on an unknown value: ${unsure}`, seen);
    return pass('Every grant of decryption, data keys or re-encryption requires an attested enclave, or a Deny closes the rest.', seen);
  },
});
