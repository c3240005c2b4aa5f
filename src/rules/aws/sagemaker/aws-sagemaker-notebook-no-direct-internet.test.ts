import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-sagemaker-notebook-no-direct-internet.js';

const N = 'AWS::SageMaker::NotebookInstance';

ruleTester(rule, {
  pass: [{ name: 'disabled, in a subnet', resource: resource(N), message: /VPC/ }],
  fail: [
    { name: 'enabled', resource: resource(N, { directInternetAccess: true }), message: /directly/ },
    { name: 'template default (enabled)', resource: resource(N, { directInternetAccess: true, subnetId: null }, { origin: iacOrigin('Notebook') }) },
  ],
  not_assessed: [{ name: 'setting from a parameter', resource: resource(N, { directInternetAccess: unknown('parameter Access has no value') }) }],
});
