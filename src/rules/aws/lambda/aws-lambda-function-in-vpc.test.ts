import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-lambda-function-in-vpc.js';

ruleTester(rule, {
  pass: [{ name: 'attached to subnets', resource: resource('AWS::Lambda::Function'), message: /1 VPC subnet/ }],
  fail: [
    { name: 'no VPC', resource: resource('AWS::Lambda::Function', { vpcConfig: null }), message: /outside/ },
    { name: 'template function without VpcConfig', resource: resource('AWS::Lambda::Function', { vpcConfig: null }, { origin: iacOrigin('Fn') }) },
  ],
  not_assessed: [{ name: 'subnets from an unresolved variable', resource: resource('AWS::Lambda::Function', { vpcConfig: unknown('var.subnets has no value') }) }],
});
