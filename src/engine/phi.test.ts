import { describe, expect, it } from 'vitest';
import { DEFAULT_CONFIG } from '../config/schema.js';
import { unknown } from '../model/unknown.js';
import { resource } from '../rules/test-support/fixtures.js';
import { makePhiMatcher } from './phi.js';

const bucket = (name: string, tags: Record<string, string> | ReturnType<typeof unknown> = {}, account = '111122223333') =>
  resource('AWS::S3::Bucket', {}, { id: `arn:aws:s3:::${name}`, name, tags, account, refs: [name] });

describe('PHI scope', () => {
  const isPhi = makePhiMatcher(DEFAULT_CONFIG);

  it('default tags mark PHI, keys and values compared case-insensitively', () => {
    expect(isPhi(bucket('a', { phi: 'true' }))).toBe(true);
    expect(isPhi(bucket('b', { PHI: 'TRUE' }))).toBe(true);
    expect(isPhi(bucket('c', { 'data-classification': 'ePHI' }))).toBe(true);
    expect(isPhi(bucket('d', { phi: 'false' }))).toBe(false);
    expect(isPhi(bucket('e', { owner: 'phi' }))).toBe(false);
  });

  it('tags that could not be read never put a resource in scope by themselves', () => {
    expect(isPhi(bucket('f', unknown('AccessDenied on s3:GetBucketTagging')))).toBe(false);
  });

  it('a declared account puts every resource of it in scope', () => {
    expect(makePhiMatcher({ ...DEFAULT_CONFIG, phiAccounts: ['444455556666'] })(bucket('g', {}, '444455556666'))).toBe(true);
  });

  it('a store where discovery found PHI is in scope by any name it answers to', () => {
    const m = makePhiMatcher({ ...DEFAULT_CONFIG, phiDiscovered: ['s3://scratch', 'scratch'] });
    expect(m(bucket('scratch'))).toBe(true);
    expect(m(bucket('other'))).toBe(false);
  });
});
