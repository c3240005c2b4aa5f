import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-lambda-function-concurrency-limit.js';

const fn = (reservedConcurrency: number | null | ReturnType<typeof unknown>) => resource('AWS::Lambda::Function', { reservedConcurrency });

ruleTester(rule, {
  pass: [
    { name: 'fifty reserved', resource: fn(50), message: /limited to 50/ },
    { name: 'zero reserved (function stopped)', resource: fn(0) },
  ],
  fail: [{ name: 'none reserved', resource: fn(null), message: /shared account pool/ }],
  not_assessed: [{ name: 'concurrency read throttled', resource: fn(unknown('throttled: lambda:GetFunctionConcurrency gave up after 10 attempts')), message: /throttled/ }],
});
