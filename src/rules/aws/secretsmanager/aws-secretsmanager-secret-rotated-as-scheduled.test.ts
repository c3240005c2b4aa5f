import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-secretsmanager-secret-rotated-as-scheduled.js';

const S = 'AWS::SecretsManager::Secret';
const NOW = '2026-11-23T10:00:00.000Z';

ruleTester(rule, {
  pass: [
    { name: 'rotated 22 days ago, due in a week', resource: resource(S), message: /on schedule/ },
    { name: 'rotated on a cron schedule with the next date ahead', resource: resource(S, { rotationIntervalDays: null }) },
    { name: 'new secret not yet due', resource: resource(S, { lastRotatedDate: null, createdDate: '2026-11-10T00:00:00.000Z', nextRotationDate: null }) },
  ],
  fail: [
    { name: 'next rotation date long past', resource: resource(S, { nextRotationDate: '2026-09-01T00:00:00.000Z', observedAt: NOW }), message: /83 days overdue/ },
    { name: 'last rotated 200 days ago on a 30-day schedule', resource: resource(S, { lastRotatedDate: '2026-05-07T00:00:00.000Z', nextRotationDate: null }), message: /200 days ago, past its 30-day/ },
    { name: 'never rotated since creation', resource: resource(S, { lastRotatedDate: null, createdDate: '2025-01-01T00:00:00.000Z', nextRotationDate: null }), message: /never rotated/ },
  ],
  not_assessed: [{ name: 'rotation state unknown', resource: resource(S, { rotationEnabled: unknown('AccessDenied') }) }],
  not_applicable: [{ name: 'rotation not configured', resource: resource(S, { rotationEnabled: false }) }],
});
