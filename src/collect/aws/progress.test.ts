import { describe, expect, it } from 'vitest';
import { callLine, Progress } from './progress.js';

function sink() {
  const out: string[] = [];
  return { out, stream: { write: (s: string) => (out.push(s), true), columns: 200 } };
}

describe('progress', () => {
  it('shows accounts in flight with their regions, calls, errors and last service, and the totals', () => {
    const { stream } = sink();
    const p = new Progress(stream);
    p.account({ phase: 'start', account: '444455556666', name: 'prod' });
    p.account({ phase: 'start', account: '777788889999' });
    p.account({ phase: 'regions', account: '444455556666', regions: 17 });
    p.call({ service: 'kms', operation: 'ListKeys', region: 'eu-west-1', ms: 40 }, '444455556666');
    p.call({ service: 's3', operation: 'GetBucketPolicy', region: 'us-east-1', ms: 30, error: 'AccessDenied' }, '444455556666');
    const lines = p.lines();
    expect(lines[0]).toMatch(/^phiguard: 0\/2 account\(s\) done · 2 calls · 1 errors · \d+s$/);
    expect(lines.slice(1)).toEqual([
      '  444455556666 prod · 17 regions · 2 calls · 1 errors · last s3 us-east-1',
      '  777788889999 · finding regions · 0 calls · 0 errors',
    ]);
    p.account({ phase: 'done', account: '444455556666', resources: 10, calls: 2, failedCalls: 1 });
    expect(p.lines()).toHaveLength(2);
    expect(p.lines()[0]).toMatch(/^phiguard: 1\/2 account\(s\) done/);
  });

  it('redraws in place, keeps logged lines above the block, and clears it when stopped', () => {
    const { out, stream } = sink();
    const p = new Progress(stream, 10_000);
    p.start();
    p.account({ phase: 'start', account: '444455556666', name: 'x\u001b[31m' });
    p.log('phiguard: one call');
    // Drawn once after the log line: two lines, the name's escape neutralised.
    expect(out.join('')).toContain('phiguard: one call\n');
    const block = out.at(-1)!;
    expect(block).toContain('444455556666 x?[31m');
    expect(block).not.toContain('\u001b[31m');
    p.account({ phase: 'failed', account: '444455556666', reason: 'AccessDenied on sts:AssumeRole' });
    p.stop();
    // The failure line stays; the block (now the summary line alone) is erased on stop.
    expect(out.join('')).toContain('phiguard: account 444455556666 not scanned: AccessDenied on sts:AssumeRole\n');
    expect(out.at(-1)).toBe('\u001b[1F\u001b[J');
  });

  it('formats a verbose line per call', () => {
    expect(callLine({ service: 'kms', operation: 'ListKeys', region: 'eu-west-1', ms: 41 }, '444455556666')).toBe('phiguard: 444455556666 kms:ListKeys eu-west-1 41ms');
    expect(callLine({ service: 'sts', operation: 'AssumeRole', region: 'us-east-1', ms: 9, error: 'AccessDenied' })).toBe('phiguard: sts:AssumeRole us-east-1 9ms AccessDenied');
  });
});
