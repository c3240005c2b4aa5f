import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-secretsmanager-secret-rotation-enabled',
    title: 'Secrets Manager secret rotates automatically',
    severity: 'medium',
    hipaa: ['164.308(a)(5)(ii)(D)', '164.308(a)(4)(ii)(C)', '164.312(d)'],
    resourceTypes: ['AWS::SecretsManager::Secret'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['secretsmanager-rotation-enabled'],
    rationale:
      'Database passwords and API keys to PHI systems leak through logs, laptops and former staff. A secret that ' +
      'never rotates stays valid for as long as the leak goes unnoticed; automatic rotation (every 90 days or ' +
      'sooner by default) bounds how long a stolen credential works.',
    remediation: {
      text: 'Configure a rotation function (or a managed rotation) and a rotation schedule no longer than the maximum interval.',
      cli: 'aws secretsmanager rotate-secret --secret-id SECRET --rotation-lambda-arn arn:aws:lambda:REGION:ACCOUNT:function:ROTATOR --rotation-rules AutomaticallyAfterDays=30',
      terraform:
        'resource "aws_secretsmanager_secret_rotation" "this" {\n  secret_id           = aws_secretsmanager_secret.this.id\n  rotation_lambda_arn = aws_lambda_function.rotator.arn\n  rotation_rules {\n    automatically_after_days = 30\n  }\n}',
      cloudformation:
        'SecretRotation:\n  Type: AWS::SecretsManager::RotationSchedule\n  Properties:\n    SecretId: !Ref Secret\n    HostedRotationLambda:\n      RotationType: PostgreSQLSingleUser\n    RotationRules:\n      AutomaticallyAfterDays: 30',
    },
  },
  options: z.object({ maxIntervalDays: z.number().positive().default(90) }),
  evaluate(secret, ctx) {
    const { rotationEnabled: enabled, rotationIntervalDays: days } = secret.props;
    const max = ctx.options.maxIntervalDays;
    if (isUnknown(enabled)) return unknownResult('rotationEnabled', enabled);
    if (!enabled) return fail('Automatic rotation is not configured.', ev('rotationEnabled', false));
    if (isUnknown(days)) return unknownResult('rotationIntervalDays', days);
    const evidence = [ev('rotationEnabled', true), ev('rotationIntervalDays', days), ev('options.maxIntervalDays', max)];
    if (days === null) return pass('Automatic rotation is configured on a cron schedule.', ...evidence);
    if (days > max) return fail(`The secret rotates every ${days} days, longer than the maximum of ${max}.`, ...evidence);
    return pass(`The secret rotates automatically every ${days} days.`, ...evidence);
  },
});
