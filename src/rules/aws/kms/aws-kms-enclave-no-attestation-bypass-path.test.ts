import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-kms-enclave-no-attestation-bypass-path.js';
import { admin, attested, denyUnattested, doc, IMAGE, rootAll } from '../../test-support/enclave-policies.js';

const key = (policy: unknown) => resource('AWS::KMS::Key', { policy: policy as never });

ruleTester(rule, {
  pass: [
    { name: 'admins manage, only the attested enclave decrypts', resource: key(doc(admin, attested())), message: /requires an attested enclave/ },
    { name: 'the root statement stays, closed by a Deny without attestation', resource: key(doc(rootAll, attested(), denyUnattested)) },
    {
      name: 'a Null-check Deny closes the root statement',
      resource: key(doc(rootAll, attested(), { ...denyUnattested, Condition: { Null: { 'kms:RecipientAttestation:ImageSha384': 'true' } } })),
    },
  ],
  fail: [
    {
      name: 'the default "Enable IAM policies" statement beside the attested grant',
      resource: key(doc(rootAll, attested())),
      message: /kms:Decrypt \(statement "EnableIamPolicies"\)/,
    },
    {
      name: 'the app role may also ReEncryptFrom without attestation',
      resource: key(doc(attested(), { Sid: 'Reencrypt', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: 'kms:ReEncrypt*', Resource: '*' })),
      message: /kms:ReEncryptFrom/,
    },
    {
      name: 'a Deny narrowed by another condition does not close the door',
      resource: key(doc(rootAll, attested(), { ...denyUnattested, Condition: { StringNotEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': IMAGE }, Bool: { 'aws:ViaAWSService': 'false' } } })),
    },
  ],
  not_assessed: [
    {
      name: 'the policy of a named enclave key could not be read',
      resource: resource('AWS::KMS::Key', { policy: unknown('AccessDenied on kms:GetKeyPolicy') }, { name: 'alias/enclave' }),
      options: { enclaveKeys: ['alias/enclave'] },
      message: /AccessDenied/,
    },
    {
      name: 'another statement has an unresolved action',
      resource: key(doc(attested(), { Sid: 'App', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/app' }, Action: unknown('parameter AppActions has no value'), Resource: '*' })),
    },
  ],
  not_applicable: [{ name: 'a key unrelated to enclaves', resource: key(doc(rootAll)) }],
});
