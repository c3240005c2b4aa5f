import type { IamAccessKey } from '../../../model/aws/iam.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-iam-user-unused-credentials-disabled.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const key = (over: Partial<IamAccessKey> = {}): IamAccessKey => ({ label: 'access key 1', status: 'Active', createdAt: daysAgo(300), lastUsedAt: daysAgo(2), ...over });

ruleTester(rule, {
  pass: [
    { name: 'password used yesterday, key used this week', resource: resource('AWS::IAM::User', { passwordLastUsed: daysAgo(1), accessKeys: [key()] }) },
    { name: 'a new password never used yet', resource: resource('AWS::IAM::User', { passwordLastUsed: null, passwordLastChanged: daysAgo(3) }) },
    { name: 'an unused key that is inactive', resource: resource('AWS::IAM::User', { accessKeys: [key({ status: 'Inactive', lastUsedAt: null })] }) },
  ],
  fail: [
    { name: 'password unused for 120 days', resource: resource('AWS::IAM::User', { passwordLastUsed: daysAgo(120) }), message: /password unused for 120 days/ },
    { name: 'a key created 300 days ago and never used', resource: resource('AWS::IAM::User', { accessKeys: [key({ lastUsedAt: null })] }), message: /access key 1 unused for 300 days/ },
    { name: 'a password set 100 days ago and never used', resource: resource('AWS::IAM::User', { passwordLastUsed: null, passwordLastChanged: daysAgo(100) }) },
  ],
  not_assessed: [
    { name: 'credential report denied', resource: resource('AWS::IAM::User', { consoleAccess: unknown('AccessDenied on iam:GetCredentialReport'), accessKeys: unknown('AccessDenied on iam:GetCredentialReport') }) },
  ],
});
