import { describe, expect, it } from 'vitest';
import { InputError } from '../util/errors.js';
import { parseTarget } from './target.js';

describe('parseTarget', () => {
  it('parses S3, Azure and local targets', () => {
    expect(parseTarget('s3://my-bucket')).toEqual({ kind: 's3', bucket: 'my-bucket', prefix: '' });
    expect(parseTarget('s3://my-bucket/a/b/')).toEqual({ kind: 's3', bucket: 'my-bucket', prefix: 'a/b/' });
    expect(parseTarget('azblob://acct01/data/x')).toEqual({ kind: 'azure', account: 'acct01', container: 'data', prefix: 'x' });
    expect(parseTarget('./dir')).toEqual({ kind: 'local', path: './dir' });
  });
  it.each(['s3://', 's3:///x', 's3://a', 'azblob://acct', 'azblob://acct/', 'azblob://Bad_Acct/c1c', 'gs://bucket'])('rejects %s', (v) => {
    expect(() => parseTarget(v)).toThrow(InputError);
  });
});
