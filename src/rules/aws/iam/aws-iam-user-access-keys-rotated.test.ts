import type { IamAccessKey } from '../../../model/aws/iam.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-user-access-keys-rotated.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const key = (age: number, over: Partial<IamAccessKey> = {}): IamAccessKey => ({ label: 'access key 1', status: 'Active', createdAt: daysAgo(age), lastUsedAt: daysAgo(1), ...over });
const user = (...accessKeys: IamAccessKey[]) => resource('AWS::IAM::User', { accessKeys });

ruleTester(rule, {
  pass: [
    { name: 'no keys', resource: user(), message: /no active/ },
    { name: 'a 30-day-old key', resource: user(key(30)) },
    { name: 'an old key that is inactive', resource: user(key(400, { status: 'Inactive' })) },
    { name: 'a 120-day-old key with the limit raised to 180', resource: user(key(120)), options: { maxKeyAgeDays: 180 } },
  ],
  fail: [
    { name: 'a 91-day-old active key', resource: user(key(91)), message: /access key 1 is 91 days old/ },
    { name: 'one of two keys is a year old', resource: user(key(10), key(365, { label: 'access key 2' })), message: /access key 2/ },
  ],
  not_assessed: [
    { name: 'keys unknown', resource: resource('AWS::IAM::User', { accessKeys: unknown('AccessDenied on iam:GetCredentialReport') }) },
    { name: 'a key whose age is unknown', resource: user(key(1, { createdAt: unknown('the credential report gives no rotation date') })) },
  ],
});
