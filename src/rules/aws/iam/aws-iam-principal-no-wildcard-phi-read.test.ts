import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-principal-no-wildcard-phi-read.js';

const KEY_ARN = 'arn:aws:kms:us-east-1:111122223333:key/0b1c2d3e-aaaa-bbbb-cccc-000000000001';
const BUCKET = resource('AWS::S3::Bucket', { bucketName: 'phi-records' }, { id: 'arn:aws:s3:::phi-records', name: 'phi-records', tags: { phi: 'true' }, refs: ['arn:aws:s3:::phi-records', 'phi-records'] });
const KEY = resource('AWS::KMS::Key', {}, { id: KEY_ARN, refs: [KEY_ARN, 'alias/phi-data'] });
const LIVE = [BUCKET, KEY];
const doc = (...statements: PolicyStatement[]) => ({ version: '2012-10-17', statements });
const role = (...statements: PolicyStatement[]) =>
  resource('AWS::IAM::Role', { attachedPolicies: [], inlinePolicies: [{ name: 'app', document: doc(...statements) }] }, { id: 'arn:aws:iam::111122223333:role/app', name: 'app' });
const read = (res: string[], over: Partial<PolicyStatement> = {}): PolicyStatement => ({ effect: 'Allow', action: ['s3:GetObject'], resource: res, ...over });

// A template: a PHI bucket, a group with an AWS managed read-only policy, a user in it.
const tplBucket = resource('AWS::S3::Bucket', { bucketName: unknown('not declared') }, { id: 'tpl.yaml#Records', name: 'Records', tags: { 'data-classification': 'phi' }, refs: ['ref:tpl.yaml#Records'], origin: iacOrigin('Records'), account: unknown('x'), region: unknown('x') });
const tplGroup = resource('AWS::IAM::Group', { attachedPolicies: ['arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess'] }, { id: 'tpl.yaml#Analysts', refs: ['ref:tpl.yaml#Analysts'], origin: iacOrigin('Analysts'), account: unknown('x') });
const tplUser = (groups: string[]) => resource('AWS::IAM::User', { groups }, { id: 'tpl.yaml#Dana', origin: iacOrigin('Dana'), account: unknown('x'), region: unknown('x') });

ruleTester(rule, {
  pass: [
    { name: 'reads the PHI bucket by name', resource: role(read(['arn:aws:s3:::phi-records/*'])), others: LIVE, message: /only where its policies name the store \(1 grant\)/ },
    { name: 'a wildcard that does not match the PHI bucket', resource: role(read(['arn:aws:s3:::reports-*/*'])), others: LIVE, message: /No identity policy/ },
    {
      name: 'a wildcard read with an explicit Deny on the PHI bucket',
      resource: role(read(['*']), { effect: 'Deny', action: ['s3:*'], resource: ['arn:aws:s3:::phi-records/*'] }),
      others: LIVE,
    },
    { name: 'decrypt with a key that protects no PHI', resource: role({ effect: 'Allow', action: ['kms:Decrypt'], resource: ['arn:aws:kms:us-east-1:111122223333:key/other'] }), others: LIVE },
    { name: 'a template user whose only grant names nothing wild', resource: tplUser([]), others: [tplBucket] },
  ],
  fail: [
    { name: 's3:GetObject on "*"', resource: role(read(['*'], { sid: 'ReadAll' })), others: LIVE, message: /inline policy "app" statement "ReadAll" allows s3:GetObject on bucket phi-records via \*/ },
    { name: 's3:Get* on every bucket ARN', resource: role(read(['arn:aws:s3:::*/*'], { action: ['s3:Get*'] })), others: LIVE },
    { name: 'kms:Decrypt on "*" reaches the key of the PHI bucket', resource: role({ effect: 'Allow', action: ['kms:Decrypt'], resource: ['*'] }), others: LIVE, message: /encrypts bucket phi-records/ },
    { name: 'NotResource that leaves the PHI bucket in', resource: role({ effect: 'Allow', action: ['s3:GetObject'], notResource: ['arn:aws:s3:::public-site/*'] }), others: LIVE, message: /NotResource/ },
    { name: 'a Deny with a condition does not take a wildcard grant away', resource: role(read(['*']), { effect: 'Deny', action: ['s3:*'], resource: ['*'], condition: { StringNotEquals: { 'aws:sourcevpce': ['vpce-1'] } } }), others: LIVE },
    { name: 'a template user through its group\'s AWS managed AmazonS3ReadOnlyAccess', resource: tplUser(['ref:tpl.yaml#Analysts']), others: [tplBucket, tplGroup], message: /group "clinicians" managed policy arn:aws:iam::aws:policy\/AmazonS3ReadOnlyAccess/ },
  ],
  not_assessed: [
    {
      name: 'an attached customer policy that is not in the inventory',
      resource: resource('AWS::IAM::Role', { attachedPolicies: ['arn:aws:iam::111122223333:policy/gone'], inlinePolicies: [] }),
      others: LIVE,
      message: /policy\/gone: its document is not in the scanned inventory/,
    },
    { name: 'an action from an unresolved parameter', resource: role(read(['*'], { action: [unknown('parameter A has no value')] })), others: LIVE },
    { name: 'a template role reading "*" when no PHI bucket is declared', resource: resource('AWS::IAM::Role', { attachedPolicies: [], inlinePolicies: [{ name: 'r', document: doc(read(['*'])) }] }, { origin: iacOrigin('R'), account: unknown('x') }), message: /may exist that were not seen/ },
  ],
});
