import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type CallRecord, Caller } from './caller.js';
import { ClientFactory } from './clients.js';
import { AwsContext } from './context.js';
import { logsCollector } from './logs.js';
import { OPERATION_ACTIONS } from './permissions.js';
import { ACCOUNT, CALLER_ARN } from './test-support/aws-mock.js';

/**
 * aws-sdk-client-mock replaces `send`, so the SDK's retry middleware never runs under it.
 * Here the real CloudWatch Logs client runs end to end (serialize, sign, retry, parse)
 * against a request handler that answers with canned HTTP responses, as the service would.
 *
 * The waits are real (about a second per retry: the SDK's throttling backoff, then its
 * adaptive rate limiter). Fake timers do not work here: the limiter refills its token
 * bucket from the clock in floating point and, with the clock frozen between timers,
 * reschedules a sub-millisecond timer forever. So the tests keep retries few.
 */

interface Canned {
  status: number;
  body: unknown;
}

function jsonHandler(answer: (target: string, body: Record<string, unknown>) => Canned) {
  const seen: string[] = [];
  return {
    seen,
    handler: {
      async handle(request: { headers: Record<string, string>; body?: unknown }) {
        const target = request.headers['x-amz-target'] ?? '';
        const body = typeof request.body === 'string' && request.body ? (JSON.parse(request.body) as Record<string, unknown>) : {};
        seen.push(target);
        const { status, body: out } = answer(target, body);
        return {
          response: {
            statusCode: status,
            headers: { 'content-type': 'application/x-amz-json-1.1', 'x-amzn-requestid': `req-${seen.length}` },
            body: new TextEncoder().encode(JSON.stringify(out)),
          },
        };
      },
    },
  };
}

const THROTTLED: Canned = { status: 400, body: { __type: 'ThrottlingException', message: 'Rate exceeded' } };

async function runLogs(handler: object, maxAttempts: number) {
  const records: CallRecord[] = [];
  const factory = new ClientFactory({ maxAttempts, extra: { requestHandler: handler } });
  const caller = new Caller(factory, OPERATION_ACTIONS, 4, (c) => records.push(c));
  const scope = { account: ACCOUNT, partition: 'aws', identity: CALLER_ARN, homeRegion: 'us-east-1', regions: ['us-east-1'], calls: [] };
  const ctx = new AwsContext(caller, scope, 4);
  try {
    await logsCollector.collect(ctx);
  } finally {
    factory.destroy();
  }
  return { ctx, records };
}

describe('throttling through the SDK retry', () => {
  beforeEach(() => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'test');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'test');
    vi.stubEnv('AWS_CONFIG_FILE', '/nonexistent/phiguard-test-config');
    vi.stubEnv('AWS_SHARED_CREDENTIALS_FILE', '/nonexistent/phiguard-test-credentials');
    vi.stubEnv('AWS_EC2_METADATA_DISABLED', 'true');
  });
  afterEach(() => {
    vi.unstubAllEnvs();
  });

  it('retries a throttled call and uses the answer that follows', async () => {
    let describeCalls = 0;
    const { seen, handler } = jsonHandler((target) => {
      if (target.endsWith('.DescribeLogGroups')) {
        describeCalls++;
        if (describeCalls === 1) return THROTTLED;
        return {
          status: 200,
          body: {
            logGroups: [
              {
                logGroupName: '/phi/app',
                retentionInDays: 365,
                arn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/phi/app:*`,
                logGroupArn: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/phi/app`,
              },
            ],
          },
        };
      }
      return { status: 200, body: { tags: { 'data-class': 'phi' } } };
    });
    const { ctx, records } = await runLogs(handler, 10);
    expect(seen).toEqual([
      'Logs_20140328.DescribeLogGroups',
      'Logs_20140328.DescribeLogGroups',
      'Logs_20140328.ListTagsForResource',
    ]);
    // One operation as phiguard sees it, two attempts on the wire.
    expect(records.map((r) => [r.operation, r.error])).toEqual([
      ['DescribeLogGroups', undefined],
      ['ListTagsForResource', undefined],
    ]);
    expect(ctx.resources).toMatchObject([
      { id: `arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/phi/app`, tags: { 'data-class': 'phi' }, props: { retentionInDays: 365 } },
    ]);
    expect(ctx.coverageEntries()).toEqual([
      { provider: 'aws', account: ACCOUNT, type: 'AWS::Logs::LogGroup', complete: true, reasons: [] },
    ]);
  });

  it('gives up after maxAttempts and says so', async () => {
    const { seen, handler } = jsonHandler(() => THROTTLED);
    const { ctx, records } = await runLogs(handler, 2);
    expect(seen).toHaveLength(2);
    expect(records).toMatchObject([{ service: 'logs', operation: 'DescribeLogGroups', region: 'us-east-1', error: 'ThrottlingException' }]);
    expect(ctx.coverageEntries()).toEqual([
      {
        provider: 'aws',
        account: ACCOUNT,
        type: 'AWS::Logs::LogGroup',
        complete: false,
        reasons: ['throttled: logs:DescribeLogGroups gave up after 2 attempts in us-east-1'],
      },
    ]);
    expect(ctx.problems).toEqual([
      {
        source: `aws:${ACCOUNT}:us-east-1:logs`,
        message: 'AWS::Logs::LogGroup not fully listed: throttled: logs:DescribeLogGroups gave up after 2 attempts (Rate exceeded)',
      },
    ]);
  });
});
