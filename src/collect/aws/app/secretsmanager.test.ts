import { ListSecretsCommand } from '@aws-sdk/client-secrets-manager';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { collectAws } from '../index.js';
import { ACCOUNT, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const arn = (name: string) => `arn:aws:secretsmanager:${R}:${ACCOUNT}:secret:${name}-AbCdEf`;
const NOW = new Date('2026-11-23T10:00:00Z');

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(NOW);
});
afterEach(() => vi.useRealTimers());

describe('Secrets Manager secrets', () => {
  it('reads every page of ListSecrets: key, rotation, dates and tags, in one call per page', async () => {
    mocks
      .of('secretsmanager')
      .on(ListSecretsCommand, { NextToken: undefined })
      .resolves({
        SecretList: [
          {
            ARN: arn('prod/db'),
            Name: 'prod/db',
            KmsKeyId: `arn:aws:kms:${R}:${ACCOUNT}:key/1234`,
            RotationEnabled: true,
            RotationLambdaARN: `arn:aws:lambda:${R}:${ACCOUNT}:function:rotate`,
            RotationRules: { AutomaticallyAfterDays: 30 },
            CreatedDate: new Date('2025-01-10T00:00:00Z'),
            LastChangedDate: new Date('2026-11-01T00:00:00Z'),
            LastRotatedDate: new Date('2026-11-01T00:00:00Z'),
            LastAccessedDate: new Date('2026-11-22T00:00:00Z'),
            NextRotationDate: new Date('2026-12-01T00:00:00Z'),
            Tags: [{ Key: 'data-classification', Value: 'phi' }],
          },
        ],
        NextToken: 't2',
      })
      .on(ListSecretsCommand, { NextToken: 't2' })
      .resolves({
        SecretList: [
          { ARN: arn('api'), Name: 'api', RotationEnabled: true, RotationRules: { ScheduleExpression: 'rate(12 hours)' }, CreatedDate: new Date('2026-01-01T00:00:00Z') },
          { ARN: arn('legacy'), Name: 'legacy', CreatedDate: new Date('2024-01-01T00:00:00Z') },
        ],
      });
    const result = await collectAws({ regions: [R] });
    const secrets = ofType(result.resources, 'AWS::SecretsManager::Secret');
    expect(secrets.map((s) => s.name)).toEqual(['api', 'legacy', 'prod/db']);
    expect(secrets[2]).toMatchObject({
      id: arn('prod/db'),
      refs: [arn('prod/db'), 'prod/db'],
      tags: { 'data-classification': 'phi' },
      origin: { kind: 'live', calls: ['secretsmanager:ListSecrets'] },
      props: {
        secretName: 'prod/db',
        kmsKeyId: `arn:aws:kms:${R}:${ACCOUNT}:key/1234`,
        rotationEnabled: true,
        rotationIntervalDays: 30,
        createdDate: '2025-01-10T00:00:00.000Z',
        lastChangedDate: '2026-11-01T00:00:00.000Z',
        lastRotatedDate: '2026-11-01T00:00:00.000Z',
        lastAccessedDate: '2026-11-22T00:00:00.000Z',
        nextRotationDate: '2026-12-01T00:00:00.000Z',
        observedAt: NOW.toISOString(),
      },
    });
    expect(secrets[0]!.props).toMatchObject({ kmsKeyId: null, rotationIntervalDays: 0.5 });
    expect(secrets[1]!.props).toMatchObject({ rotationEnabled: false, rotationIntervalDays: null, lastAccessedDate: null, lastChangedDate: null });
    expect(mocks.of('secretsmanager').commandCalls(ListSecretsCommand)).toHaveLength(2);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::SecretsManager::Secret', complete: true, reasons: [] });
  });

  it('keeps the secrets of the pages read before a throttled page, and marks the listing incomplete', async () => {
    mocks
      .of('secretsmanager')
      .on(ListSecretsCommand, { NextToken: undefined })
      .resolves({ SecretList: [{ ARN: arn('a'), Name: 'a' }], NextToken: 't2' })
      .on(ListSecretsCommand, { NextToken: 't2' })
      .rejects(throttled());
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::SecretsManager::Secret').map((s) => s.name)).toEqual(['a']);
    expect(result.coverage.find((c) => c.type === 'AWS::SecretsManager::Secret')).toMatchObject({
      complete: false,
      reasons: [`throttled: secretsmanager:ListSecrets gave up after 10 attempts in ${R}`],
    });
  });

  it('reports a denied listing as a problem with no secrets', async () => {
    mocks.of('secretsmanager').on(ListSecretsCommand).rejects(deniedJson('secretsmanager:ListSecrets'));
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::SecretsManager::Secret')).toEqual([]);
    expect(result.problems).toContainEqual({
      source: `aws:${ACCOUNT}:${R}:secretsmanager`,
      message: expect.stringMatching(/^AWS::SecretsManager::Secret not fully listed: AccessDenied on secretsmanager:ListSecrets/),
    });
  });

  it('finds nothing in an empty account, with a complete listing', async () => {
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::SecretsManager::Secret')).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::SecretsManager::Secret')).toMatchObject({ complete: true });
  });
});
