import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

type Secret = Resource<'AWS::SecretsManager::Secret'>;
const LIVE_ONLY = { $unknown: 'known only to a live scan' };

function secrets(resources: string): Secret[] {
  const yaml = `Parameters:\n  P: {Type: String}\nConditions:\n  Maybe: !Equals [!Ref P, "yes"]\nResources:\n  Key: {Type: AWS::KMS::Key}\n${resources}`;
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return result.resources.filter((r) => r.type === 'AWS::SecretsManager::Secret') as Secret[];
}

describe('AWS::SecretsManager::Secret', () => {
  it('settles the defaults: AWS managed key, no rotation, dates live only', () => {
    const [s] = secrets('  S: {Type: AWS::SecretsManager::Secret}\n');
    expect(s!.props).toEqual({
      secretName: { $unknown: 'Name is not declared: CloudFormation generates it at deploy time' },
      kmsKeyId: null,
      rotationEnabled: false,
      rotationIntervalDays: null,
      createdDate: LIVE_ONLY,
      lastChangedDate: LIVE_ONLY,
      lastRotatedDate: LIVE_ONLY,
      lastAccessedDate: LIVE_ONLY,
      nextRotationDate: LIVE_ONLY,
      observedAt: LIVE_ONLY,
    });
  });

  it('joins rotation schedules by reference, reading days or a rate, unknown under an undecidable condition', () => {
    const [a, b, c] = secrets(
      [
        '  A: {Type: AWS::SecretsManager::Secret, Properties: {Name: prod/db, KmsKeyId: !Ref Key, Tags: [{Key: phi, Value: "true"}]}}',
        '  ARotation: {Type: AWS::SecretsManager::RotationSchedule, Properties: {SecretId: !Ref A, RotationLambdaARN: arn:aws:lambda:us-east-1:111122223333:function:rotate, RotationRules: {AutomaticallyAfterDays: 30}}}',
        '  B: {Type: AWS::SecretsManager::Secret}',
        '  BRotation: {Type: AWS::SecretsManager::RotationSchedule, Properties: {SecretId: !Ref B, HostedRotationLambda: {RotationType: PostgreSQLSingleUser}, RotationRules: {ScheduleExpression: rate(7 days)}}}',
        '  C: {Type: AWS::SecretsManager::Secret}',
        '  CRotation: {Type: AWS::SecretsManager::RotationSchedule, Condition: Maybe, Properties: {SecretId: !Ref C, RotationRules: {AutomaticallyAfterDays: 30}}}',
        '',
      ].join('\n'),
    );
    expect(a).toMatchObject({ name: 'prod/db', tags: { phi: 'true' }, props: { kmsKeyId: 'ref:tpl.yaml#Key', rotationEnabled: true, rotationIntervalDays: 30 } });
    expect(b!.props).toMatchObject({ rotationEnabled: true, rotationIntervalDays: 7 });
    expect(c!.props.rotationEnabled).toEqual({ $unknown: expect.stringMatching(/^rotation schedule CRotation exists only under a condition/) });
  });
});
