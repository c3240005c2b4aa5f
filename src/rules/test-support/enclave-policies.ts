import { normalizePolicy, type PolicyDocument } from '../../model/aws/policy.js';

export const IMAGE = 'a'.repeat(96);
export const OTHER_IMAGE = 'b'.repeat(96);
const ROLE = 'arn:aws:iam::111122223333:role/enclave-host';

/** Key policies as teams write them for Nitro Enclaves, normalized like every source does. */
export const doc = (...Statement: object[]): PolicyDocument => normalizePolicy({ Version: '2012-10-17', Statement }) as PolicyDocument;

export const admin = {
  Sid: 'KeyAdmins',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:role/key-admin' },
  Action: ['kms:Create*', 'kms:Describe*', 'kms:Enable*', 'kms:Put*', 'kms:Disable*', 'kms:ScheduleKeyDeletion'],
  Resource: '*',
};
export const rootAll = { Sid: 'EnableIamPolicies', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Action: 'kms:*', Resource: '*' };
export const attested = (op = 'StringEqualsIgnoreCase', value: unknown = IMAGE, key = 'kms:RecipientAttestation:ImageSha384') => ({
  Sid: 'EnclaveDecrypt',
  Effect: 'Allow',
  Principal: { AWS: ROLE },
  Action: ['kms:Decrypt', 'kms:GenerateDataKey'],
  Resource: '*',
  Condition: { [op]: { [key]: value } },
});
export const denyUnattested = {
  Sid: 'DenyWithoutAttestation',
  Effect: 'Deny',
  Principal: '*',
  Action: ['kms:Decrypt', 'kms:GenerateDataKey*', 'kms:ReEncrypt*'],
  Resource: '*',
  Condition: { StringNotEqualsIgnoreCase: { 'kms:RecipientAttestation:ImageSha384': IMAGE } },
};
