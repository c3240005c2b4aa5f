import type { LambdaFunctionProps } from '../../../model/aws/app-lambda.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-lambda-function-url-iam-auth.js';

const fn = (functionUrls: LambdaFunctionProps['functionUrls']) => resource('AWS::Lambda::Function', { functionUrls });

ruleTester(rule, {
  pass: [{ name: 'IAM-authenticated URL', resource: fn([{ authType: 'AWS_IAM', qualifier: null }]), message: /IAM/ }],
  fail: [
    { name: 'open URL', resource: fn([{ authType: 'NONE', qualifier: null }]), message: /the function/ },
    { name: 'open URL on an alias beside an IAM one', resource: fn([{ authType: 'AWS_IAM', qualifier: null }, { authType: 'NONE', qualifier: 'live' }]), message: /alias live/ },
  ],
  not_assessed: [
    { name: 'URLs not listed', resource: fn(unknown('AccessDenied on lambda:ListFunctionUrlConfigs')), message: /AccessDenied/ },
    { name: 'auth type from a parameter', resource: fn([{ authType: unknown('parameter Auth has no value'), qualifier: null }]) },
  ],
  not_applicable: [{ name: 'no function URL', resource: fn([]) }],
});
