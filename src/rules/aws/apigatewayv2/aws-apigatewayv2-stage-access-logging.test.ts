import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-apigatewayv2-stage-access-logging.js';

const S = 'AWS::ApiGatewayV2::Stage';

ruleTester(rule, {
  pass: [
    { name: 'logs to a log group', resource: resource(S, {}), message: /intake-http/ },
    { name: 'a template stage logging to a declared group', resource: resource(S, { accessLogDestinationArn: 'ref:tpl.yaml#Logs' }, { origin: iacOrigin('Stage') }) },
  ],
  fail: [{ name: 'no access logging', resource: resource(S, { accessLogDestinationArn: null }), message: /off/ }],
  not_assessed: [{ name: 'destination from an unresolved parameter', resource: resource(S, { accessLogDestinationArn: unknown('parameter Dest has no value') }) }],
});
