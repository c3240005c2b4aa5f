import { describe, expect, it } from 'vitest';
import { iacRef } from '../model/refs.js';
import { unknown } from '../model/unknown.js';
import { resource } from '../rules/test-support/fixtures.js';
import { bucketIdentifiers, bucketObjectPatterns, s3PrefixCoverage, s3PrefixTouches } from './s3-bucket.js';

const live = resource('AWS::S3::Bucket', {}, { id: 'arn:aws:s3:::phi-records', refs: ['arn:aws:s3:::phi-records', 'phi-records'] });
const tpl = resource('AWS::S3::Bucket', { bucketName: unknown('generated') }, { id: 't.yaml#B', refs: [iacRef('t.yaml', 'B')] });
const gov = resource('AWS::S3::Bucket', {}, { id: 'arn:aws-us-gov:s3:::phi-records' });

describe('bucket identifiers', () => {
  it('adds the name ARN in the bucket\'s partition', () => {
    expect(bucketIdentifiers(live)).toContain('arn:aws:s3:::phi-records');
    expect(bucketIdentifiers(gov)).toContain('arn:aws-us-gov:s3:::phi-records');
    expect(bucketIdentifiers(tpl)).toEqual(['t.yaml#B', 'ref:t.yaml#B', 'arn:aws:s3:::ref:t.yaml#B']);
    expect(bucketObjectPatterns(tpl)).toContain('ref:t.yaml#B/*');
  });
});

describe('S3 ARN prefixes', () => {
  it('coverage: all buckets, the bucket, a part of it, or nothing', () => {
    expect(s3PrefixCoverage('arn:aws:s3', live)).toBe('all');
    expect(s3PrefixCoverage('arn:aws:s3:::', live)).toBe('all');
    expect(s3PrefixCoverage('arn:aws:s3:::phi-records', live)).toBe('all');
    expect(s3PrefixCoverage('arn:aws:s3:::phi-records/', live)).toBe('all');
    expect(s3PrefixCoverage('arn:aws:s3:::phi-records/x/', live)).toBe('part');
    expect(s3PrefixCoverage('arn:aws:s3:::phi-records-2/', live)).toBe('none');
    expect(s3PrefixCoverage(`${iacRef('t.yaml', 'B')}/`, tpl)).toBe('all');
    // `!Sub "arn:aws:s3:::${B}/"`: the name reference inside a literal ARN.
    expect(s3PrefixCoverage(`arn:aws:s3:::${iacRef('t.yaml', 'B')}/`, tpl)).toBe('all');
  });
  it('an exclusion touches the bucket when it spans it or starts inside it', () => {
    expect(s3PrefixTouches('arn:aws:s3:::phi-', live)).toBe(true);
    expect(s3PrefixTouches('arn:aws:s3:::phi-records/tmp/', live)).toBe(true);
    expect(s3PrefixTouches('arn:aws:s3:::phi-records-2/', live)).toBe(false);
  });
});
