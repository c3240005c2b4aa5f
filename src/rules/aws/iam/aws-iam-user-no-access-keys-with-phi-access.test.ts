import type { IamAccessKey } from '../../../model/aws/iam.js';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-user-no-access-keys-with-phi-access.js';

const BUCKET = resource('AWS::S3::Bucket', { bucketName: 'phi-records' }, { id: 'arn:aws:s3:::phi-records', name: 'phi-records', tags: { phi: 'true' }, refs: ['arn:aws:s3:::phi-records'] });
const KEY: IamAccessKey = { label: 'access key 1', status: 'Active', createdAt: '2026-10-01T00:00:00.000Z', lastUsedAt: null };
const READ: PolicyStatement = { effect: 'Allow', action: ['s3:GetObject'], resource: ['arn:aws:s3:::phi-records/*'] };
const user = (accessKeys: IamAccessKey[] | ReturnType<typeof unknown>, ...statements: PolicyStatement[]) =>
  resource('AWS::IAM::User', { accessKeys, groups: [], attachedPolicies: [], inlinePolicies: [{ name: 'own', document: { statements } }] });

ruleTester(rule, {
  pass: [
    { name: 'a PHI reader without keys', resource: user([], READ), others: [BUCKET], message: /no active access key/ },
    { name: 'an inactive key', resource: user([{ ...KEY, status: 'Inactive' }], READ), others: [BUCKET] },
    {
      name: 'a key whose PHI read demands MFA',
      resource: user([KEY], { ...READ, condition: { Bool: { 'aws:multifactorauthpresent': ['true'] } } }),
      others: [BUCKET],
      message: /without an MFA session/,
    },
    { name: 'a key that reaches no PHI', resource: user([KEY], { ...READ, resource: ['arn:aws:s3:::reports/*'] }), others: [BUCKET], message: /reach no PHI store/ },
  ],
  fail: [
    { name: 'an active key and a PHI read', resource: user([KEY], READ), others: [BUCKET], message: /access key 1.*bucket phi-records/ },
    {
      name: 'a template access key for a PHI reader',
      resource: resource('AWS::IAM::User', { accessKeys: [{ ...KEY, label: 'DanaKey', createdAt: unknown('known only once deployed') }], groups: [], attachedPolicies: [], inlinePolicies: [{ name: 'own', document: { statements: [{ ...READ, resource: ['*'] }] } }] }, { origin: iacOrigin('Dana'), account: unknown('x') }),
      others: [resource('AWS::S3::Bucket', {}, { id: 'tpl.yaml#Records', tags: { phi: 'yes' }, refs: ['ref:tpl.yaml#Records'], origin: iacOrigin('Records'), account: unknown('x') })],
    },
  ],
  not_assessed: [
    { name: 'keys unknown', resource: user(unknown('AccessDenied on iam:GetCredentialReport'), READ), others: [BUCKET] },
    { name: 'a key and an unknown policy', resource: user([KEY], { effect: unknown('parameter E has no value'), action: ['s3:GetObject'], resource: ['*'] }), others: [BUCKET] },
  ],
});
