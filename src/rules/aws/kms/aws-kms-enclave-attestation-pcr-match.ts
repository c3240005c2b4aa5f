import { z } from 'zod';
import { hasEffect } from '../../../analysis/iam-policy.js';
import { enforcingAttestation, isEnclaveKey } from '../../../analysis/kms.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

const SHA384 = /^[0-9a-f]{96}$/;
/** A debug-mode enclave attests with every PCR zeroed: pinning that value admits debug enclaves. */
const DEBUG = /^0{96}$/;

export default defineRule({
  meta: {
    id: 'aws-kms-enclave-attestation-pcr-match',
    title: 'Nitro Enclave key policy pins the approved enclave measurements',
    severity: 'high',
    hipaa: ['164.312(c)(1)', '164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::KMS::Key'],
    // The comparison needs the customer's golden values (rule options); with the default
    // configuration there is nothing to compare against, so no template example can pass.
    sources: ['live'],
    covers: ['kms-enclave-attestation-pcr-match'],
    rationale:
      'An attestation condition is only as good as the measurement it names. A policy still pinning the image of ' +
      'an old build, a debug build or someone else\'s enclave releases ePHI to software nobody approved; comparing ' +
      'the pinned ImageSha384 / PCR values with the release pipeline\'s golden values catches that drift.',
    remediation: {
      text: 'Update the key policy\'s kms:RecipientAttestation conditions to the measurements of the approved enclave image (nitro-cli describe-eif), and keep the golden values in the phiguard configuration in step with releases.',
      cli: 'nitro-cli describe-eif --eif-path enclave.eif   # read PCR0/PCR8 of the approved image\naws kms put-key-policy --key-id KEY_ID --policy-name default --policy file://enclave-key-policy.json',
    },
  },
  options: z.object({
    enclaveKeys: z.array(z.string()).default([]),
    /** Approved values of kms:RecipientAttestation:ImageSha384 (hex). */
    imageSha384: z.array(z.string()).default([]),
    /** Approved values per PCR, e.g. { PCR0: [...], PCR8: [...] }. */
    pcrs: z.record(z.string().regex(/^PCR([0-9]|[12][0-9]|3[01])$/), z.array(z.string())).default({}),
  }),
  evaluate(key, ctx) {
    const { imageSha384, pcrs } = ctx.options;
    const golden = new Map<string, Set<string>>();
    if (imageSha384.length > 0) golden.set('kms:recipientattestation:imagesha384', new Set(imageSha384.map((v) => v.toLowerCase())));
    for (const [pcr, values] of Object.entries(pcrs)) golden.set(`kms:recipientattestation:${pcr.toLowerCase()}`, new Set(values.map((v) => v.toLowerCase())));
    if (!isEnclaveKey(key, ctx.options.enclaveKeys)) return null;
    const policy = key.props.policy;
    const entries = isUnknown(policy) ? [] : (policy?.statements ?? []).filter((st) => hasEffect(st, 'Allow') === true).flatMap(enforcingAttestation);
    // All-zero measurements are a debug enclave's, approved or not.
    const debug = entries.filter((c) => c.values.some((v) => typeof v === 'string' && DEBUG.test(v)));
    if (debug.length > 0) {
      return fail(`The key policy pins all-zero measurements (${debug.map((c) => c.key).join(', ')}), which only a debug-mode enclave presents.`, ev('attestation', debug.map((c) => ({ key: c.key, values: c.values }))));
    }
    // Without golden values there is nothing to compare: the comparison is opt-in.
    if (golden.size === 0) return null;
    if (isUnknown(policy)) return unknownResult('policy', policy);
    const compared = entries.filter((c) => golden.has(c.key));
    const evidence = [ev('attestation', compared.map((c) => ({ key: c.key, values: c.values }))), ev('options.golden', Object.fromEntries([...golden].map(([k, v]) => [k, [...v]])))];
    if (compared.length === 0) {
      return notAssessed('the key policy pins no attestation value for which golden values are configured', ...evidence);
    }
    const wrong: string[] = [];
    for (const c of compared) {
      for (const v of c.values) {
        if (isUnknown(v)) return unknownResult(c.key, v);
        const value = v.toLowerCase();
        if (!golden.get(c.key)!.has(value)) wrong.push(`${c.key} ${SHA384.test(value) ? value.slice(0, 16) + '…' : JSON.stringify(v)}`);
      }
    }
    if (wrong.length > 0) return fail(`The key policy pins measurements that are not approved: ${wrong.join(', ')}.`, ...evidence);
    return pass('Every pinned attestation value is one of the approved measurements.', ...evidence);
  },
});
