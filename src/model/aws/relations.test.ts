import { describe, expect, it } from 'vitest';
import { unknown } from '../unknown.js';
import { selectorBucket } from './relations.js';

describe('selectorBucket', () => {
  it('reads the bucket from a data-event selector value, whatever the prefix after it', () => {
    expect(selectorBucket('arn:aws:s3:::phi-records/')).toBe('arn:aws:s3:::phi-records');
    expect(selectorBucket('arn:aws-us-gov:s3:::phi/2026/')).toBe('arn:aws-us-gov:s3:::phi');
    expect(selectorBucket('ref:infra/stack.yaml#Records/')).toBe('ref:infra/stack.yaml#Records');
  });

  it('names no bucket for the all-buckets forms, and keeps unknowns', () => {
    expect(selectorBucket('arn:aws:s3')).toBeNull();
    expect(selectorBucket('arn:aws:s3:::')).toBeNull();
    expect(selectorBucket(unknown('param'))).toEqual({ $unknown: 'param' });
  });
});
