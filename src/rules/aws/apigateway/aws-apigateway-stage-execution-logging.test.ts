import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-apigateway-stage-execution-logging.js';

const S = 'AWS::ApiGateway::Stage';
const setting = (key: string, loggingLevel: unknown) => ({ key, loggingLevel: loggingLevel as string, dataTraceEnabled: false, cachingEnabled: false, cacheDataEncrypted: false });

ruleTester(rule, {
  pass: [
    { name: 'stage-wide ERROR', resource: resource(S, {}), message: /ERROR for every method/ },
    { name: 'stage-wide INFO with a method at ERROR', resource: resource(S, { methodSettings: [setting('*/*', 'INFO'), setting('~1patients/GET', 'ERROR')] }) },
  ],
  fail: [
    { name: 'no method settings', resource: resource(S, { methodSettings: [] }), message: /OFF/ },
    { name: 'a method turned OFF', resource: resource(S, { methodSettings: [setting('*/*', 'INFO'), setting('~1patients/POST', 'OFF')] }), message: /~1patients\/POST/ },
    { name: 'a template stage at OFF', resource: resource(S, { methodSettings: [setting('*/*', 'OFF')] }, { origin: iacOrigin('Prod') }) },
  ],
  not_assessed: [
    { name: 'level from an unresolved parameter', resource: resource(S, { methodSettings: [setting('*/*', unknown('parameter Level has no value'))] }) },
    { name: 'settings unknown', resource: resource(S, { methodSettings: unknown('method settings are in a module output') }) },
  ],
});
