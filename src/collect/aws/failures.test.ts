import { describe, expect, it } from 'vitest';
import { classifyError } from './failures.js';
import { awsError } from './test-support/aws-mock.js';

const classify = (error: unknown, call = 'kms:ListKeys', action: string | undefined = call) =>
  classifyError(error, call, 'eu-west-1', action, 10);

describe('classifyError', () => {
  it.each([
    ['AccessDenied', 403],
    ['AccessDeniedException', 400],
    ['UnauthorizedOperation', 403],
    ['AuthorizationError', 403],
  ])('%s is a denial, named the same way whatever the protocol', (name, status) => {
    expect(classify(awsError(name, status))).toMatchObject({ kind: 'denied', code: name, reason: 'AccessDenied on kms:ListKeys' });
  });

  it('names the IAM action when it differs from the operation', () => {
    expect(classify(awsError('AccessDenied', 403), 's3:ListBuckets', 's3:ListAllMyBuckets').reason).toBe(
      'AccessDenied on s3:ListBuckets (IAM action s3:ListAllMyBuckets)',
    );
  });

  it('counts the attempts the SDK made before giving up on throttling, else assumes the configured maximum', () => {
    expect(classify(awsError('ThrottlingException', 400, 'Rate exceeded', 4)).reason).toBe('throttled: kms:ListKeys gave up after 4 attempts');
    expect(classify(awsError('SlowDown', 503)).reason).toBe('throttled: kms:ListKeys gave up after 10 attempts');
    expect(classify(awsError('SomethingNew', 429)).kind).toBe('throttled');
  });

  it('suspects a region the account has not enabled when credentials are refused there', () => {
    expect(classify(awsError('UnrecognizedClientException', 400))).toMatchObject({
      kind: 'region',
      reason: 'UnrecognizedClientException on kms:ListKeys in eu-west-1: is the region enabled for this account?',
    });
  });

  it('keeps the code of anything else, Node network errors included, and clips long messages', () => {
    const dns = Object.assign(new Error('getaddrinfo ENOTFOUND kms.xx-east-1.amazonaws.com'), { code: 'ENOTFOUND' });
    expect(classify(dns)).toMatchObject({ kind: 'other', code: 'ENOTFOUND', reason: 'ENOTFOUND on kms:ListKeys' });
    expect(classify('boom')).toMatchObject({ kind: 'other', code: 'Error', message: 'boom' });
    expect(classify(awsError('KMSInternalException', 500, 'x'.repeat(1000))).message).toHaveLength(300);
  });
});
