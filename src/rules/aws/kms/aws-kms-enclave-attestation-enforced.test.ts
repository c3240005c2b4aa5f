import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-kms-enclave-attestation-enforced.js';
import { admin, attested, doc, rootAll } from '../../test-support/enclave-policies.js';

const key = (policy: unknown, opts = {}) => resource('AWS::KMS::Key', { policy: policy as never }, opts);

ruleTester(rule, {
  pass: [
    { name: 'Decrypt pinned to an image hash', resource: key(doc(admin, attested())), message: /RecipientAttestation/ },
    { name: 'Decrypt pinned to PCR0 with StringEquals', resource: key(doc(attested('StringEquals', 'c'.repeat(96), 'kms:RecipientAttestation:PCR0'))) },
    {
      name: 'a template key whose image hash is a parameter',
      resource: key(doc(attested('StringEqualsIgnoreCase', unknown('parameter ImageSha384 has no value'))), { origin: iacOrigin('EnclaveKey') }),
    },
  ],
  fail: [
    {
      name: 'IfExists lets a request without attestation through',
      resource: key(doc(attested('StringEqualsIgnoreCaseIfExists'))),
      message: /StringEqualsIgnoreCaseIfExists kms:recipientattestation:imagesha384/,
    },
    { name: 'a wildcard image value', resource: key(doc(attested('StringLike', '*'))) },
    {
      name: 'a key named as an enclave key with the default policy',
      resource: key(null, { name: 'alias/enclave' }),
      options: { enclaveKeys: ['alias/enclave'] },
      message: /default key policy/,
    },
    { name: 'a named enclave key whose grants set no attestation', resource: key(doc(rootAll)), options: { enclaveKeys: ['key-1'] } },
  ],
  not_assessed: [
    {
      name: 'the policy could not be read for a named enclave key',
      resource: key(unknown('AccessDenied on kms:GetKeyPolicy')),
      options: { enclaveKeys: ['key-1'] },
      message: /AccessDenied/,
    },
    {
      name: 'the action of the attested grant is unresolved',
      resource: key(doc({ ...attested(), Action: unknown('parameter Actions has no value') })),
    },
  ],
  not_applicable: [{ name: 'a key that has nothing to do with enclaves', resource: key(doc(rootAll)) }],
});
