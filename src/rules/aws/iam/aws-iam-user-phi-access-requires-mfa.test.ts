import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-user-phi-access-requires-mfa.js';

const BUCKET = resource('AWS::S3::Bucket', { bucketName: 'phi-records' }, { id: 'arn:aws:s3:::phi-records', name: 'phi-records', tags: { phi: 'true' }, refs: ['arn:aws:s3:::phi-records'] });
const read = (over: Partial<PolicyStatement> = {}): PolicyStatement => ({ effect: 'Allow', action: ['s3:GetObject'], resource: ['arn:aws:s3:::phi-records/*'], ...over });
const user = (...statements: PolicyStatement[]) =>
  resource('AWS::IAM::User', { groups: [], attachedPolicies: [], inlinePolicies: [{ name: 'own', document: { statements } }] });
const GUARD: PolicyStatement = { effect: 'Deny', notAction: ['iam:ListMFADevices', 'iam:EnableMFADevice', 'sts:GetSessionToken'], resource: ['*'], condition: { BoolIfExists: { 'aws:multifactorauthpresent': ['false'] } } };
const guardGroup = resource('AWS::IAM::Group', { groupName: 'mfa-required', inlinePolicies: [{ name: 'guard', document: { statements: [GUARD] } }], attachedPolicies: [] }, { id: 'arn:aws:iam::111122223333:group/mfa-required', refs: ['mfa-required'] });

ruleTester(rule, {
  pass: [
    { name: 'the read requires MFA', resource: user(read({ condition: { Bool: { 'aws:multifactorauthpresent': ['true'] } } })), others: [BUCKET], message: /requires MFA/ },
    { name: 'the read requires a recent MFA sign-in', resource: user(read({ condition: { NumericLessThan: { 'aws:multifactorauthage': ['3600'] } } })), others: [BUCKET] },
    {
      name: 'a group Deny guard blocks everything without MFA',
      resource: resource('AWS::IAM::User', { groups: ['mfa-required'], attachedPolicies: [], inlinePolicies: [{ name: 'own', document: { statements: [read()] } }] }),
      others: [BUCKET, guardGroup],
    },
    { name: 'no PHI access at all', resource: user({ effect: 'Allow', action: ['s3:GetObject'], resource: ['arn:aws:s3:::reports/*'] }), others: [BUCKET], message: /No identity policy/ },
  ],
  fail: [
    { name: 'a plain read of the PHI bucket', resource: user(read()), others: [BUCKET], message: /without MFA: inline policy "own" statement 1 allows s3:GetObject/ },
    { name: 'BoolIfExists true lets access keys through', resource: user(read({ condition: { BoolIfExists: { 'aws:multifactorauthpresent': ['true'] } } })), others: [BUCKET] },
    {
      name: 'a template user reading the PHI bucket',
      resource: resource('AWS::IAM::User', { groups: [], attachedPolicies: [], inlinePolicies: [{ name: 'own', document: { statements: [read({ resource: ['ref:tpl.yaml#Records/*'] })] } }] }, { origin: iacOrigin('Dana'), account: unknown('x') }),
      others: [resource('AWS::S3::Bucket', {}, { id: 'tpl.yaml#Records', tags: { phi: 'yes' }, refs: ['ref:tpl.yaml#Records'], origin: iacOrigin('Records'), account: unknown('x') })],
    },
  ],
  not_assessed: [
    { name: 'an MFA condition from an unresolved parameter', resource: user(read({ condition: { Bool: { 'aws:multifactorauthpresent': [unknown('parameter M has no value')] } } })), others: [BUCKET] },
    { name: 'a group not in the inventory', resource: resource('AWS::IAM::User', { groups: ['elsewhere'], attachedPolicies: [], inlinePolicies: [] }), others: [BUCKET], message: /elsewhere/ },
  ],
});
