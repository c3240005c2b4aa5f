import { InvalidArgumentError } from 'commander';
import { SEVERITIES, type Severity } from '../rules/types.js';
import { FORMATS, type Format } from './output.js';

export function parseFormat(v: string): Format {
  if (!(FORMATS as readonly string[]).includes(v)) {
    throw new InvalidArgumentError(`expected one of ${FORMATS.join(', ')}`);
  }
  return v as Format;
}

export function parseSeverity(v: string): Severity | 'none' {
  if (v === 'none') return v;
  if (!(SEVERITIES as readonly string[]).includes(v)) {
    throw new InvalidArgumentError(`expected one of ${SEVERITIES.join(', ')}, none`);
  }
  return v as Severity;
}

/** Collects repeated `--x NAME=VALUE` options into a record. */
export function keyValue(v: string, prev: Record<string, string> = {}): Record<string, string> {
  const i = v.indexOf('=');
  if (i <= 0) throw new InvalidArgumentError(`expected NAME=VALUE, got "${v}"`);
  return { ...prev, [v.slice(0, i)]: v.slice(i + 1) };
}

export function collect(v: string, prev: string[] = []): string[] {
  return [...prev, v];
}

export function parseRegions(v: string): string[] | 'all' {
  if (v === 'all') return 'all';
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const r of list) {
    if (!/^[a-z]{2}(-gov|-iso[a-z]*)?-[a-z]+-\d$/.test(r)) throw new InvalidArgumentError(`"${r}" is not an AWS region name`);
  }
  if (!list.length) throw new InvalidArgumentError('expected a comma-separated list of regions, or all');
  return list;
}

/** A comma-separated list of 12-digit account ids. */
export function parseAccounts(v: string): string[] {
  const list = v.split(',').map((s) => s.trim()).filter(Boolean);
  for (const a of list) if (!/^\d{12}$/.test(a)) throw new InvalidArgumentError(`"${a}" is not an AWS account id (12 digits)`);
  if (!list.length) throw new InvalidArgumentError('expected a comma-separated list of account ids');
  return list;
}

/** A whole number from 1 to `max`. */
export function positiveInt(max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!/^\d+$/.test(v) || n < 1 || n > max) throw new InvalidArgumentError(`expected a whole number from 1 to ${max}`);
    return n;
  };
}
