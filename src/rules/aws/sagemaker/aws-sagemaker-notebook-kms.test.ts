import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-sagemaker-notebook-kms.js';

const N = 'AWS::SageMaker::NotebookInstance';

ruleTester(rule, {
  pass: [{ name: 'key named', resource: resource(N) }],
  fail: [{ name: 'no key', resource: resource(N, { kmsKeyId: null }), message: /no KMS key/ }],
  not_assessed: [{ name: 'describe throttled', resource: resource(N, { kmsKeyId: unknown('throttled') }) }],
});
