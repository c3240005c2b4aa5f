import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-apigateway-stage-cache-encrypted.js';

const S = 'AWS::ApiGateway::Stage';
const cache = (key: string, cachingEnabled: boolean, cacheDataEncrypted: unknown) => ({
  key,
  loggingLevel: 'ERROR',
  dataTraceEnabled: false,
  cachingEnabled,
  cacheDataEncrypted: cacheDataEncrypted as boolean,
});

ruleTester(rule, {
  pass: [
    { name: 'caching encrypted stage-wide', resource: resource(S, {}), message: /encrypts/ },
    { name: 'no cache cluster', resource: resource(S, { cacheClusterEnabled: false, methodSettings: [] }), message: /nothing is cached/ },
    { name: 'a cluster but no method caching', resource: resource(S, { methodSettings: [cache('*/*', false, false)] }) },
  ],
  fail: [
    { name: 'stage-wide caching unencrypted', resource: resource(S, { methodSettings: [cache('*/*', true, false)] }), message: /\*\/\*/ },
    {
      name: 'a template method override caching unencrypted',
      resource: resource(S, { methodSettings: [cache('*/*', true, true), cache('~1patients/GET', true, false)] }, { origin: iacOrigin('Prod') }),
      message: /~1patients\/GET/,
    },
  ],
  not_assessed: [
    { name: 'cache cluster unknown', resource: resource(S, { cacheClusterEnabled: unknown('parameter Cache has no value') }) },
    { name: 'encryption unknown', resource: resource(S, { methodSettings: [cache('*/*', true, unknown('parameter Enc has no value'))] }) },
  ],
});
