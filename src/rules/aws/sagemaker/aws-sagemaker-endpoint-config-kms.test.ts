import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-sagemaker-endpoint-config-kms.js';

const E = 'AWS::SageMaker::EndpointConfig';

ruleTester(rule, {
  pass: [{ name: 'key named', resource: resource(E) }],
  fail: [{ name: 'no key', resource: resource(E, { kmsKeyId: null }), message: /No KMS key/ }],
  not_assessed: [{ name: 'describe denied', resource: resource(E, { kmsKeyId: unknown('AccessDenied on sagemaker:DescribeEndpointConfig') }) }],
});
