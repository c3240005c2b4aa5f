import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-apigateway-stage-xray-tracing.js';

const S = 'AWS::ApiGateway::Stage';

ruleTester(rule, {
  pass: [{ name: 'tracing on', resource: resource(S, {}), message: /on/ }],
  fail: [
    { name: 'tracing off', resource: resource(S, { tracingEnabled: false }), message: /off/ },
    { name: 'a template stage without TracingEnabled', resource: resource(S, { tracingEnabled: false }, { origin: iacOrigin('Prod') }) },
  ],
  not_assessed: [{ name: 'tracing from an unresolved parameter', resource: resource(S, { tracingEnabled: unknown('parameter Trace has no value') }) }],
});
