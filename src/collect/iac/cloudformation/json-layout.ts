/**
 * Positions for JSON templates. `JSON.parse` is the fastest faithful parser but reports no
 * positions, so one pass over the (already validated) text recovers the offsets of the
 * logical-id keys under the top-level `Resources` object and enforces the nesting limit,
 * which `JSON.parse` does not have. Strings are skipped with `indexOf`, not char by char.
 */
export interface JsonLayout {
  resourceKeys: Map<string, number>;
  /** Offset of the first bracket nested deeper than allowed, or null. */
  tooDeepAt: number | null;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;
}

/** Offset of the quote closing the string opened at `open` (valid JSON assumed). */
function stringEnd(text: string, open: number): number {
  let end = text.indexOf('"', open + 1);
  for (;;) {
    if (end === -1) return text.length;
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return end;
    end = text.indexOf('"', end + 1);
  }
}

// The only characters that change structure; `test` with lastIndex finds the next one in
// native code without allocating a match.
const STRUCTURAL = /["{}[\]]/g;

export function readJsonLayout(text: string, maxDepth: number): JsonLayout {
  const resourceKeys = new Map<string, number>();
  let depth = 0;
  let inResources = false;
  let afterResourcesKey = false;
  const re = new RegExp(STRUCTURAL);
  while (re.test(text)) {
    const i = re.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const end = stringEnd(text, i);
      re.lastIndex = end + 1;
      if (depth !== 1 && !(depth === 2 && inResources)) continue;
      let j = end + 1;
      while (isSpace(text.charCodeAt(j))) j++;
      if (text.charCodeAt(j) !== COLON) continue;
      const raw = text.slice(i + 1, end);
      const key = raw.includes('\\') ? (JSON.parse(text.slice(i, end + 1)) as string) : raw;
      if (depth === 1) afterResourcesKey = key === 'Resources';
      else if (!resourceKeys.has(key)) resourceKeys.set(key, i);
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > maxDepth) return { resourceKeys, tooDeepAt: i };
      if (depth === 2 && afterResourcesKey && c === 0x7b) inResources = true;
      afterResourcesKey = false;
    } else {
      if (depth === 2) inResources = false;
      depth--;
    }
  }
  return { resourceKeys, tooDeepAt: null };
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const ESCAPES = new Set(['"', '\\', '/', 'b', 'f', 'n', 'r', 't']);

/** Offset just past a well-formed string starting at `i`, or -(offset of the fault) - 1. */
function scanString(text: string, i: number): number {
  for (let k = i + 1; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === QUOTE) return k + 1;
    if (c < 0x20) return -k - 1;
    if (c === BACKSLASH) {
      const e = text[k + 1] ?? '';
      if (e === 'u') {
        if (!/^[0-9a-fA-F]{4}$/.test(text.slice(k + 2, k + 6))) return -k - 1;
        k += 5;
      } else if (ESCAPES.has(e)) k++;
      else return -k - 1;
    }
  }
  return -text.length - 1;
}

/**
 * Where a text that `JSON.parse` rejected goes wrong. Used only when the engine's message
 * carries no position (V8 omits it for "Unexpected token"), so speed does not matter here;
 * it follows the JSON grammar just far enough to find the first offending character.
 */
export function firstJsonFault(text: string): number {
  const OBJECT = 1;
  const ARRAY = 2;
  const stack: number[] = [];
  // value: a value is due; valueOrClose: first slot of an array; key / keyOrClose likewise for objects.
  let want: 'value' | 'valueOrClose' | 'key' | 'keyOrClose' | 'after' = 'value';
  let i = 0;
  for (;;) {
    while (i < text.length && isSpace(text.charCodeAt(i))) i++;
    if (i >= text.length) return want === 'after' && stack.length === 0 ? text.length : i;
    const ch = text[i]!;
    if (want === 'after') {
      const top = stack[stack.length - 1];
      if (top === undefined) return i;
      if (ch === ',') {
        want = top === OBJECT ? 'key' : 'value';
        i++;
      } else if ((ch === '}' && top === OBJECT) || (ch === ']' && top === ARRAY)) {
        stack.pop();
        i++;
      } else return i;
    } else if (want === 'key' || want === 'keyOrClose') {
      if (want === 'keyOrClose' && ch === '}') {
        stack.pop();
        want = 'after';
        i++;
        continue;
      }
      if (ch !== '"') return i;
      const end = scanString(text, i);
      if (end < 0) return -end - 1;
      i = end;
      while (i < text.length && isSpace(text.charCodeAt(i))) i++;
      if (text[i] !== ':') return i;
      i++;
      want = 'value';
    } else {
      if (want === 'valueOrClose' && ch === ']') {
        stack.pop();
        want = 'after';
        i++;
        continue;
      }
      if (ch === '{' || ch === '[') {
        stack.push(ch === '{' ? OBJECT : ARRAY);
        want = ch === '{' ? 'keyOrClose' : 'valueOrClose';
        i++;
        continue;
      }
      if (ch === '"') {
        const end = scanString(text, i);
        if (end < 0) return -end - 1;
        i = end;
      } else if (ch === '-' || (ch >= '0' && ch <= '9')) {
        NUMBER.lastIndex = i;
        if (!NUMBER.test(text)) return i;
        i = NUMBER.lastIndex;
      } else {
        const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
        if (!word) return i;
        i += word.length;
      }
      want = 'after';
    }
  }
}
