import { isUnknown, type Known } from '../model/unknown.js';

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (ISO dates), or undefined if either is unknown or absent. */
export function daysBetween(from: Known<string | null>, to: Known<string>): number | undefined {
  if (from === null || isUnknown(from) || isUnknown(to)) return undefined;
  const ms = Date.parse(to) - Date.parse(from);
  return Number.isFinite(ms) ? Math.floor(ms / DAY_MS) : undefined;
}
