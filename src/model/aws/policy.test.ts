import { describe, expect, it } from 'vitest';
import { unknown } from '../unknown.js';
import { normalizePolicy } from './policy.js';

describe('normalizePolicy', () => {
  it('normalizes a JSON string with a single statement object into arrays', () => {
    const p = normalizePolicy(
      JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Deny', Principal: '*', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } } }),
    );
    expect(p).toEqual({
      version: '2012-10-17',
      statements: [{ effect: 'Deny', principal: '*', action: ['s3:*'], condition: { Bool: { 'aws:securetransport': ['false'] } } }],
    });
  });

  it('treats no policy as null and a non-policy as unknown', () => {
    expect(normalizePolicy(undefined)).toBeNull();
    expect(normalizePolicy('')).toBeNull();
    expect(normalizePolicy('{not json')).toEqual({ $unknown: 'policy document is not valid JSON' });
  });

  it('keeps unresolved values as unknown, and an unresolved Condition block makes the policy unknown', () => {
    const p = normalizePolicy({ Statement: [{ Effect: 'Allow', Principal: { AWS: [unknown('param')] }, Action: 's3:GetObject' }] });
    expect(p).toMatchObject({ statements: [{ principal: { AWS: [{ $unknown: 'param' }] } }] });
    expect(normalizePolicy({ Statement: [{ Effect: 'Deny', Condition: unknown('!If on an unknown condition') }] })).toEqual({
      $unknown: 'policy condition is unresolved: !If on an unknown condition',
    });
  });
});
