import type { AzureArmProps } from '../model/azure/index.js';
import { isUnknown, type Known } from '../model/unknown.js';
import { ev, fail, pass, unknownResult } from '../rules/result.js';
import type { RuleResult } from '../rules/types.js';

/**
 * A value inside an Azure resource's ARM `properties` by dotted path (ARM property names are
 * case-insensitive): `undefined` when the resource does not set it, unknown when the source
 * could not tell.
 */
export function armValue(props: AzureArmProps, path: string): Known<unknown> | undefined {
  let cur: unknown = props.properties;
  for (const part of path.split('.')) {
    if (isUnknown(cur)) return cur;
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    const key = Object.keys(cur).find((k) => k.toLowerCase() === part.toLowerCase());
    if (key === undefined) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur as Known<unknown>;
}

/** Case-insensitive equality of an ARM enum value (`Disabled`, `disabled`). */
export const armIs = (v: unknown, expected: string): boolean => typeof v === 'string' && v.toLowerCase() === expected.toLowerCase();

/**
 * The common shape of an ARM setting check: unknown → not assessed; `good(value)` → pass;
 * otherwise fail. `absent` says what an unset property means (Azure's default for it).
 */
export function judgeArm(
  props: AzureArmProps,
  path: string,
  good: (v: unknown) => boolean,
  messages: { pass: string; fail: string; absent?: unknown },
): RuleResult {
  const raw = armValue(props, path);
  const evidencePath = `properties.${path}`;
  if (isUnknown(raw)) return unknownResult(evidencePath, raw);
  const value = raw === undefined ? messages.absent : raw;
  if (isUnknown(value)) return unknownResult(evidencePath, value);
  const seen = ev(evidencePath, raw === undefined ? null : raw);
  return good(value) ? pass(messages.pass, seen) : fail(messages.fail, seen);
}
