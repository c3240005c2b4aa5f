import { scanBuffer, type DetectOptions, type EntitySummary, type EntityType } from './detector.js';

/** `[SSN:11]`: the entity type and the length of the match, never a character of it. */
export function maskToken(type: EntityType, length: number): string {
  return `[${type.toUpperCase()}:${length}]`;
}

/** The masked preview of an object's entities: one token per recorded range. */
export function maskedPreview(entities: EntitySummary[]): Partial<Record<EntityType, string[]>> {
  const out: Partial<Record<EntityType, string[]>> = {};
  for (const e of entities) out[e.type] = e.ranges.map(([s, end]) => maskToken(e.type, end - s));
  return out;
}

/**
 * Object keys and file names are printed, and people name files after patients
 * (`claims/123-45-6789.csv`). The name goes through the same detectors, and every match is
 * replaced by its masked token, so a key can never carry a value into a report.
 */
export function safeName(name: string, opts: DetectOptions = {}): string {
  const buf = Buffer.from(name, 'utf8');
  // No confidence floor: over-masking a name costs readability, under-masking leaks.
  const found = scanBuffer(buf, { ...opts, minConfidence: 0 });
  const ranges: { s: number; end: number; type: string }[] = found.flatMap((e) => e.ranges.map(([s, end]) => ({ s, end, type: e.type })));
  // The detectors want context a file name lacks (`claims/536-22-1234.txt` is a bare number),
  // so any run of nine or more digits — SSN, phone, NPI, card, MRN lengths — is masked too.
  // Eight-digit runs (dates, `2026-01-15` partitions) stay readable.
  for (const m of name.matchAll(/[\d(][\d\-. ()]*\d/g)) {
    if ((m[0].match(/\d/g)?.length ?? 0) < 9) continue;
    const s = Buffer.byteLength(name.slice(0, m.index), 'utf8');
    ranges.push({ s, end: s + Buffer.byteLength(m[0], 'utf8'), type: 'number' });
  }
  if (!ranges.length) return name;
  // More matches than ranges kept: we cannot mask what we were not told about, so hide it all.
  if (found.some((e) => e.rangesTruncated)) return `[NAME:${buf.length}]`;
  ranges.sort((a, b) => a.s - b.s || b.end - a.end);
  // Overlapping matches merge into one masked span, so no tail of a value survives.
  const merged: typeof ranges = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.s < last.end) last.end = Math.max(last.end, r.end);
    else merged.push({ ...r });
  }
  const parts: Buffer[] = [];
  let at = 0;
  for (const r of merged) {
    parts.push(buf.subarray(at, r.s), Buffer.from(`[${r.type.toUpperCase()}:${r.end - r.s}]`));
    at = r.end;
  }
  parts.push(buf.subarray(at));
  return Buffer.concat(parts).toString('utf8');
}
