import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-stage-cache-encrypted',
    title: 'REST API stage encrypts the responses it caches',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::ApiGateway::Stage'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['apigw-stage-cache-encrypted'],
    rationale:
      'A stage cache stores whole responses, and a response from a PHI API is PHI at rest. Cache encryption is a ' +
      'per-method setting that is off unless set, so every method that caches must also encrypt. A stage with no ' +
      'cache cluster stores nothing and passes.',
    remediation: {
      text: 'Set "encrypt cache data" on every method setting that enables caching, starting with the stage-wide */* one.',
      cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/*/*/caching/dataEncrypted,value=true',
      terraform: 'settings {\n  caching_enabled      = true\n  cache_data_encrypted = true\n}',
      cloudformation: 'MethodSettings:\n  - ResourcePath: "/*"\n    HttpMethod: "*"\n    CachingEnabled: true\n    CacheDataEncrypted: true',
    },
  },
  evaluate(stage) {
    const { cacheClusterEnabled, methodSettings } = stage.props;
    if (isUnknown(cacheClusterEnabled)) return unknownResult('cacheClusterEnabled', cacheClusterEnabled);
    if (!cacheClusterEnabled) return pass('The stage has no cache cluster: nothing is cached.', ev('cacheClusterEnabled', false));
    if (isUnknown(methodSettings)) return unknownResult('methodSettings', methodSettings);
    const evidence = [ev('cacheClusterEnabled', true), ev('methodSettings', methodSettings)];
    const plain: string[] = [];
    let caching = 0;
    for (const s of methodSettings) {
      if (isUnknown(s.cachingEnabled)) return unknownResult(`methodSettings.${s.key}.cachingEnabled`, s.cachingEnabled);
      if (!s.cachingEnabled) continue;
      caching++;
      if (isUnknown(s.cacheDataEncrypted)) return unknownResult(`methodSettings.${s.key}.cacheDataEncrypted`, s.cacheDataEncrypted);
      if (!s.cacheDataEncrypted) plain.push(s.key);
    }
    if (plain.length > 0) return fail(`Cached responses are stored unencrypted for ${plain.join(', ')}.`, ...evidence);
    if (caching === 0) return pass('A cache cluster exists but no method caches responses.', ...evidence);
    return pass('Every method that caches encrypts the cached data.', ...evidence);
  },
});
