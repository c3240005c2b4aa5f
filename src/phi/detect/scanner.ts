import { CONTEXT_WINDOW } from './context.js';
import { DETECTORS } from './detectors.js';
import { ENTITY_TYPES, type DetectOptions, type Detector, type EntitySummary, type EntityType } from './types.js';

/*
 * Streaming scan. Chunks are decoded as latin1 (one char per byte, so string offsets are byte
 * offsets and ASCII identifiers match whatever encoding surrounds them) and batched into
 * windows. Each window is the carried tail of the previous one plus new bytes; every detector
 * runs over the whole window, and a match is counted only if it starts in this window's
 * "commit zone" [committed, limit):
 * - limit = window end − HOLD: a match starting before it, with its look-ahead, lies wholly
 *   in the window (HOLD > every detector's maxLength), so it is the same match a whole-buffer
 *   scan finds; later starts wait for the next window.
 * - the next window starts LEFT bytes before limit, so a match's look-behind and context
 *   words are in view, and a match already counted is seen again but starts before
 *   `committed` and is skipped: nothing is counted twice.
 * Only counts, confidences and offsets are kept. The carried tail is copied into a fresh
 * Buffer so no window string is retained.
 */
const MAX_MATCH = Math.max(...DETECTORS.map((d) => d.maxLength));
const HOLD = MAX_MATCH + 8;
const LEFT = MAX_MATCH + 64 + CONTEXT_WINDOW;
const DEFAULT_BATCH = 256 * 1024;

/** Internal knobs for tests; the public contract is DetectOptions. */
export interface ScannerTuning {
  /** Bytes gathered before a window is scanned (a floor, raised to stay well above HOLD + LEFT). */
  batchBytes?: number;
}

interface Tally { count: number; confidence: number; ranges: [number, number][]; truncated: boolean; min: number }

export class PhiScanner {
  private readonly detectors: readonly Detector[];
  private readonly tallies = new Map<EntityType, Tally>();
  private readonly maxRanges: number;
  private readonly batch: number;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private carry: Buffer = Buffer.alloc(0);
  /** Absolute offset of carry[0]. */
  private carryBase = 0;
  /** Absolute offset below which every match has been decided. */
  private committed = 0;
  private total = 0;
  private finished = false;

  constructor(opts: DetectOptions = {}, tuning: ScannerTuning = {}) {
    const min = opts.minConfidence ?? 0.5;
    this.maxRanges = Math.max(0, Math.floor(opts.maxRanges ?? 50));
    for (const t of ENTITY_TYPES) {
      const p = opts.perType?.[t];
      if (p?.enabled === false) continue;
      this.tallies.set(t, { count: 0, confidence: 0, ranges: [], truncated: false, min: p?.minConfidence ?? min });
    }
    this.detectors = DETECTORS.filter((d) => d.types.some((t) => this.tallies.has(t)));
    this.batch = Math.max(tuning.batchBytes ?? DEFAULT_BATCH, 1);
  }

  /** Bytes pushed so far. */
  get bytes(): number {
    return this.total;
  }

  push(chunk: Buffer | string): void {
    if (this.finished) throw new Error('PhiScanner: push after finish');
    const buf = typeof chunk === 'string' ? Buffer.from(chunk, 'latin1') : chunk;
    if (buf.length === 0) return;
    this.total += buf.length;
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    // A window must have new bytes beyond HOLD or it commits nothing.
    if (this.pendingBytes >= this.batch && this.carry.length + this.pendingBytes > HOLD + LEFT) this.scanWindow(false);
  }

  finish(): EntitySummary[] {
    if (!this.finished) {
      this.scanWindow(true);
      this.finished = true;
    }
    const out: EntitySummary[] = [];
    for (const t of [...this.tallies.keys()].sort()) {
      const s = this.tallies.get(t)!;
      if (s.count === 0) continue;
      out.push({ type: t, count: s.count, confidence: Math.round(s.confidence * 100) / 100, ranges: s.ranges.map((r) => [r[0], r[1]]), rangesTruncated: s.truncated });
    }
    return out;
  }

  private scanWindow(final: boolean): void {
    const buf = this.pending.length === 0 ? this.carry : Buffer.concat([this.carry, ...this.pending]);
    this.pending = [];
    this.pendingBytes = 0;
    const text = buf.toString('latin1');
    const base = this.carryBase;
    const from = this.committed - base;
    const limit = final ? text.length : text.length - HOLD;
    const tallies = this.tallies;
    const maxRanges = this.maxRanges;
    const emit = (type: EntityType, start: number, end: number, confidence: number): void => {
      if (start < from || start >= limit) return;
      const s = tallies.get(type);
      if (s === undefined || confidence < s.min) return;
      s.count++;
      if (confidence > s.confidence) s.confidence = confidence;
      if (s.ranges.length < maxRanges) s.ranges.push([base + start, base + end]);
      else s.truncated = true;
    };
    for (const d of this.detectors) d.scan(text, emit, 0, text.length, buf);
    this.committed = base + limit;
    const keepFrom = Math.max(0, limit - LEFT);
    this.carry = Buffer.from(buf.subarray(keepFrom));
    this.carryBase = base + keepFrom;
  }
}

/** Scan one whole buffer. */
export function scanBuffer(buf: Buffer, opts?: DetectOptions): EntitySummary[] {
  const s = new PhiScanner(opts);
  s.push(buf);
  return s.finish();
}
