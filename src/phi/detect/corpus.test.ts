import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES, PhiScanner, scanBuffer, type EntitySummary, type EntityType } from './index.js';
import { negativeCorpus, plantedCorpus } from './test-support/corpus.js';

/*
 * Precision and recall per entity type on a planted corpus (with decoys a validator must
 * reject), near-silence on a corpus of look-alikes, streaming equivalence, offsets that point
 * at the planted values, and no value ever in the output.
 */
const ALL = { maxRanges: 1_000_000 };
const corpus = plantedCorpus(7, 6000);
const buf = Buffer.from(corpus.text, 'latin1');
const found = scanBuffer(buf, ALL);

function score(type: EntityType): { planted: number; hits: number; recall: number; precision: number } {
  const planted = corpus.planted.filter((p) => p.type === type);
  const ranges = found.find((s) => s.type === type)?.ranges ?? [];
  const overlaps = (a: [number, number], p: { start: number; end: number }): boolean => a[0] < p.end && p.start < a[1];
  const tp = ranges.filter((r) => planted.some((p) => overlaps(r, p))).length;
  const recalled = planted.filter((p) => ranges.some((r) => overlaps(r, p))).length;
  return { planted: planted.length, hits: ranges.length, recall: recalled / planted.length, precision: ranges.length ? tp / ranges.length : 1 };
}

describe('planted corpus', () => {
  it('plants every type', () => {
    for (const t of ENTITY_TYPES) expect(corpus.planted.filter((p) => p.type === t).length).toBeGreaterThan(200);
  });
  it.each(ENTITY_TYPES.map((t) => [t]))('%s: recall ≥ 0.98 and precision ≥ 0.98', (type) => {
    const s = score(type);
    expect(s.recall, JSON.stringify(s)).toBeGreaterThanOrEqual(0.98);
    expect(s.precision, JSON.stringify(s)).toBeGreaterThanOrEqual(0.98);
  });
  it('ranges slice out exactly the planted values (for types whose range is the value)', () => {
    const byStart = new Map(corpus.planted.map((p) => [`${p.type}:${p.start}`, p]));
    let checked = 0;
    for (const s of found) {
      for (const [a, b] of s.ranges) {
        const p = byStart.get(`${s.type}:${a}`);
        if (p === undefined) continue;
        const got = buf.subarray(a, b).toString('latin1');
        // "St." ending a sentence: the abbreviation's period is kept (address.ts).
        expect(s.type === 'address' ? got.replace(/\.$/, '') : got).toBe(p.value);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(corpus.planted.length * 0.95);
  });
  it('never puts a matched value in its output', () => {
    const out = JSON.stringify(found);
    const leaked = corpus.planted.filter((p) => p.value.length >= 5 && out.includes(p.value));
    expect(leaked.map((p) => p.type)).toEqual([]);
    // Only the declared fields, numbers and type names.
    for (const s of found) expect(Object.keys(s).sort()).toEqual(['confidence', 'count', 'ranges', 'rangesTruncated', 'type']);
  });
});

describe('negative corpus', () => {
  const text = negativeCorpus(11, 12000);
  it('finds (almost) nothing in code, UUID logs, order numbers, ids, timestamps and versions', () => {
    const s = scanBuffer(Buffer.from(text, 'latin1'), ALL);
    const total = s.reduce((n, x) => n + x.count, 0);
    // 12,000 lines, thousands of look-alikes: zero hits is what we measure today.
    expect(Object.fromEntries(s.map((x) => [x.type, x.count]))).toEqual({});
    expect(total).toBe(0);
  });
});

describe('streaming', () => {
  const text = plantedCorpus(3, 1500).text;
  const whole = Buffer.from(text, 'latin1');
  const once = scanBuffer(whole, ALL);
  const pushIn = (size: number, batchBytes?: number): EntitySummary[] => {
    const s = new PhiScanner(ALL, batchBytes === undefined ? {} : { batchBytes });
    for (let i = 0; i < whole.length; i += size) s.push(whole.subarray(i, i + size));
    expect(s.bytes).toBe(whole.length);
    return s.finish();
  };
  it('one buffer finds something of every type', () => {
    expect(once.map((s) => s.type)).toEqual([...ENTITY_TYPES]);
  });
  it.each([
    ['1-byte chunks', 1, undefined],
    ['7-byte chunks', 7, undefined],
    ['64 KB chunks', 65536, undefined],
    ['7-byte chunks scanned in tiny windows', 7, 1],
    ['1000-byte chunks scanned in tiny windows', 1000, 1],
    ['13-byte chunks, 2 KB windows', 13, 2048],
  ])('%s give the same summaries as one buffer', (_n, size, batch) => {
    expect(pushIn(size, batch)).toEqual(once);
  });
  it('accepts latin1 strings and keeps UTF-8 byte offsets', () => {
    const pre = 'Zoë — café: ';
    const b = Buffer.concat([Buffer.from(pre, 'utf8'), Buffer.from('SSN 536-22-1234', 'latin1')]);
    const s = new PhiScanner();
    s.push(b.subarray(0, 5));
    s.push(b.subarray(5).toString('latin1') as unknown as Buffer);
    const [ssn] = s.finish();
    const start = Buffer.byteLength(pre, 'utf8') + 4;
    expect(ssn!.ranges).toEqual([[start, start + 11]]);
  });
});
