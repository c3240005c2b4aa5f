/** A 1-based line and column in a source text. */
export interface Position {
  line: number;
  column: number;
}

/**
 * Lines and columns of many offsets in one forward pass over the text, so recovering the
 * position of 50,000 resources costs one scan rather than one per resource. Offsets are
 * expected in ascending order (document order); an out-of-order one restarts the scan.
 */
export function positionsOf(text: string, offsets: readonly number[]): Position[] {
  const out: Position[] = [];
  let line = 1;
  let lineStart = 0;
  let nextBreak = text.indexOf('\n');
  for (const offset of offsets) {
    if (offset < lineStart) {
      line = 1;
      lineStart = 0;
      nextBreak = text.indexOf('\n');
    }
    while (nextBreak !== -1 && nextBreak < offset) {
      line++;
      lineStart = nextBreak + 1;
      nextBreak = text.indexOf('\n', lineStart);
    }
    out.push({ line, column: offset - lineStart + 1 });
  }
  return out;
}

export function positionOf(text: string, offset: number): Position {
  return positionsOf(text, [Math.max(0, Math.min(offset, text.length))])[0]!;
}
