import { type Node, type ParseError, parseTree, printParseErrorCode } from 'jsonc-parser';
import type { InputProblem } from '../../../util/errors.js';
import { IAC_LIMITS } from '../limits.js';
import { type Position, positionsOf } from '../cloudformation/lines.js';

/**
 * ARM template text to a value, with the position of every object: ARM accepts `//` and
 * `/* *\/` comments and trailing commas (the Azure CLI deploys such templates), so the
 * parser is Microsoft's own JSONC parser rather than JSON.parse.
 */
export type ArmParse =
  | { ok: true; value: Record<string, unknown>; positionOf(obj: object): Position | undefined }
  | { ok: false; problem: InputProblem };

export function parseArmJson(file: string, text: string): ArmParse {
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length > 0 || !root) {
    const e = errors[0];
    const at = e ? positionsOf(text, [e.offset])[0] : undefined;
    return { ok: false, problem: { source: file, ...(at ?? {}), message: `invalid JSON: ${e ? printParseErrorCode(e.error) : 'empty file'}` } };
  }
  const offsets = new Map<object, number>();
  let tooDeep = false;
  const toValue = (n: Node, depth: number): unknown => {
    if (depth > IAC_LIMITS.maxDepth) {
      tooDeep = true;
      return null;
    }
    switch (n.type) {
      case 'object': {
        const out: Record<string, unknown> = {};
        for (const prop of n.children ?? []) {
          const [k, v] = prop.children ?? [];
          if (k && v) out[String(k.value)] = toValue(v, depth + 1);
        }
        offsets.set(out, n.offset);
        return out;
      }
      case 'array':
        return (n.children ?? []).map((c) => toValue(c, depth + 1));
      default:
        return n.value;
    }
  };
  const value = toValue(root, 0);
  if (tooDeep) return { ok: false, problem: { source: file, message: `nesting deeper than ${IAC_LIMITS.maxDepth} levels` } };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return { ok: false, problem: { source: file, message: 'not an ARM template: the top level is not an object' } };
  }
  // Positions are computed lazily, in one pass, for the objects asked about.
  let positions: Map<number, Position> | undefined;
  return {
    ok: true,
    value: value as Record<string, unknown>,
    positionOf(obj) {
      const offset = offsets.get(obj);
      if (offset === undefined) return undefined;
      if (!positions) {
        const all = [...new Set(offsets.values())].sort((a, b) => a - b);
        const found = positionsOf(text, all);
        positions = new Map(all.map((o, i) => [o, found[i]!]));
      }
      return positions.get(offset);
    },
  };
}

/** Whether a JSON text is an ARM deployment template (by its `$schema`). */
export function looksLikeArm(text: string): boolean {
  return /"\$schema"\s*:\s*"https?:\/\/schema\.management\.azure\.com\/schemas\/[^"]*deploymentTemplate\.json/i.test(text.slice(0, 4096));
}
