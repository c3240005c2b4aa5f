import type { PolicyStatement } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-lambda-function-not-public.js';

const fn = (...statements: PolicyStatement[]) =>
  resource('AWS::Lambda::Function', { policy: { version: '2012-10-17', statements } });
const invoke = (principal: PolicyStatement['principal'], condition?: PolicyStatement['condition']): PolicyStatement => ({
  sid: 'grant',
  effect: 'Allow',
  principal,
  action: ['lambda:InvokeFunction'],
  ...(condition ? { condition } : {}),
});

ruleTester(rule, {
  pass: [
    { name: 'no resource policy', resource: resource('AWS::Lambda::Function', { policy: null }), message: /no resource policy/ },
    { name: 'S3 scoped by source ARN', resource: resource('AWS::Lambda::Function') },
    { name: 'another account', resource: fn(invoke({ AWS: ['arn:aws:iam::444455556666:root'] })) },
    { name: 'everyone, limited to the organization', resource: fn(invoke('*', { StringEquals: { 'aws:principalorgid': ['o-abc123'] } })) },
    { name: 'EventBridge scoped by source account', resource: fn(invoke({ Service: ['events.amazonaws.com'] }, { StringEquals: { 'aws:sourceaccount': ['111122223333'] } })) },
  ],
  fail: [
    { name: 'everyone may invoke', resource: fn(invoke('*')), message: /grant/ },
    { name: 'AWS "*" principal', resource: fn(invoke({ AWS: ['*'] })) },
    { name: 'S3 with no source condition (confused deputy)', resource: fn(invoke({ Service: ['s3.amazonaws.com'] })) },
    {
      name: 'a public function URL permission in a template',
      resource: resource(
        'AWS::Lambda::Function',
        { policy: { statements: [{ ...invoke('*', { StringEquals: { 'lambda:functionurlauthtype': ['NONE'] } }), action: ['lambda:InvokeFunctionUrl'] }] } },
        { origin: iacOrigin('Fn') },
      ),
    },
  ],
  not_assessed: [
    { name: 'policy not readable', resource: resource('AWS::Lambda::Function', { policy: unknown('AccessDenied on lambda:GetPolicy') }), message: /AccessDenied/ },
    { name: 'a permission under an undecidable condition', resource: fn({ ...invoke('*'), effect: unknown('permission P exists only under a condition') }), message: /condition/ },
    { name: 'source account from an unresolved parameter', resource: fn(invoke({ Service: ['s3.amazonaws.com'] }, { StringEquals: { 'aws:sourceaccount': [unknown('parameter A has no value')] } })) },
  ],
});
