import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-secretsmanager-secret-rotation-enabled.js';

const S = 'AWS::SecretsManager::Secret';

ruleTester(rule, {
  pass: [
    { name: 'rotates every 30 days', resource: resource(S), message: /every 30 days/ },
    { name: 'rotates on a cron schedule', resource: resource(S, { rotationIntervalDays: null }), message: /cron/ },
    { name: 'every 180 days with the maximum raised by option', resource: resource(S, { rotationIntervalDays: 180 }), options: { maxIntervalDays: 180 } },
  ],
  fail: [
    { name: 'no rotation', resource: resource(S, { rotationEnabled: false, rotationIntervalDays: null }), message: /not configured/ },
    { name: 'rotates yearly', resource: resource(S, { rotationIntervalDays: 365 }), message: /365 days, longer than the maximum of 90/ },
    { name: 'template secret without a rotation schedule', resource: resource(S, { rotationEnabled: false }, { origin: iacOrigin('DbSecret') }) },
  ],
  not_assessed: [
    { name: 'rotation schedule under an undecidable condition', resource: resource(S, { rotationEnabled: unknown('rotation schedule R exists only under a condition') }) },
    { name: 'interval from an unresolved parameter', resource: resource(S, { rotationIntervalDays: unknown('parameter Days has no value') }) },
  ],
});
