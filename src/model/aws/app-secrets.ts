import type { Known } from '../unknown.js';

export interface SecretsManagerSecretProps {
  secretName: Known<string>;
  /** The encrypting key; null: the AWS managed key `aws/secretsmanager`. */
  kmsKeyId: Known<string | null>;
  rotationEnabled: Known<boolean>;
  /** Days between rotations, from AutomaticallyAfterDays or a rate()/cron() schedule; null: no rule. */
  rotationIntervalDays: Known<number | null>;
  /** ISO dates Secrets Manager keeps; only a live scan knows them. null: never happened. */
  createdDate: Known<string | null>;
  lastChangedDate: Known<string | null>;
  lastRotatedDate: Known<string | null>;
  /** Secrets Manager records accesses to the day; null: never read (since April 2020). */
  lastAccessedDate: Known<string | null>;
  nextRotationDate: Known<string | null>;
  /** When the dates above were read (the scan time): ages are measured from it. */
  observedAt: Known<string>;
}

/**
 * Days between rotations from a rotation rule: AutomaticallyAfterDays, or a
 * `rate(N days|hours)` schedule. A cron() schedule has no fixed interval (null).
 */
export function rotationIntervalDays(afterDays: Known<number | null>, schedule: Known<string | null>): Known<number | null> {
  if (typeof afterDays === 'number') return afterDays;
  if (typeof schedule !== 'string') return schedule === null ? afterDays : schedule;
  const rate = /^rate\(\s*(\d+)\s+(day|days|hour|hours)\s*\)$/i.exec(schedule.trim());
  if (!rate) return null;
  const n = Number(rate[1]);
  return rate[2]!.toLowerCase().startsWith('hour') ? n / 24 : n;
}
