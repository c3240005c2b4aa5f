import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-kms-enclave-attestation-pcr-match.js';
import { attested, doc, IMAGE, OTHER_IMAGE } from '../../test-support/enclave-policies.js';

const key = (policy: unknown) => resource('AWS::KMS::Key', { policy: policy as never });
const golden = { imageSha384: [IMAGE.toUpperCase()] };

ruleTester(rule, {
  pass: [
    { name: 'the pinned image is the approved one (case aside)', resource: key(doc(attested())), options: golden, message: /approved measurements/ },
    {
      name: 'PCR0 matches the approved value',
      resource: key(doc(attested('StringEqualsIgnoreCase', IMAGE, 'kms:RecipientAttestation:PCR0'))),
      options: { pcrs: { PCR0: [IMAGE] } },
    },
  ],
  fail: [
    {
      name: 'a debug enclave\'s all-zero PCR0 is pinned, even with no golden values configured',
      resource: key(doc(attested('StringEqualsIgnoreCase', '0'.repeat(96), 'kms:RecipientAttestation:PCR0'))),
      message: /debug-mode enclave/,
    },
    { name: 'an old build is still pinned', resource: key(doc(attested('StringEqualsIgnoreCase', [IMAGE, OTHER_IMAGE]))), options: golden, message: /bbbbbbbbbbbbbbbb/ },
  ],
  not_assessed: [
    { name: 'the pinned value is a template parameter', resource: key(doc(attested('StringEqualsIgnoreCase', unknown('parameter ImageSha384 has no value')))), options: golden },
    {
      name: 'the policy pins PCR8 only and golden values cover the image hash',
      resource: key(doc(attested('StringEqualsIgnoreCase', IMAGE, 'kms:RecipientAttestation:PCR8'))),
      options: golden,
      message: /no attestation value for which golden values are configured/,
    },
  ],
  not_applicable: [{ name: 'no golden values configured', resource: key(doc(attested())) }],
});
