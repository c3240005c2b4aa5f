import { isUnknown } from '../model/unknown.js';

/** A short human rendering of an evidence value: unknowns say why, long values are cut. */
export function formatValue(value: unknown, max = 160): string {
  if (isUnknown(value)) return `unknown (${value.$unknown})`;
  if (value === null) return 'none';
  if (value === undefined) return 'not set';
  const s = typeof value === 'string' ? value : JSON.stringify(value);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
