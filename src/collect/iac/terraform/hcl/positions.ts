/**
 * hcl2json returns no source positions. Findings need a line only for resource and module
 * blocks, so each file's text is scanned once for their headers; the parse stays the
 * library's. Keys are `resource.TYPE.NAME` and `module.NAME`.
 */
export interface Position {
  line: number;
  column: number;
}

const LABEL = String.raw`(?:"([^"\n]*)"|([A-Za-z_][A-Za-z0-9_-]*))`;
const HEADER = new RegExp(String.raw`^([ \t]*)(resource|module)[ \t]+${LABEL}(?:[ \t]+${LABEL})?[ \t]*\{`, 'gm');

export function blockPositions(text: string): Map<string, Position> {
  const out = new Map<string, Position>();
  let line = 1;
  let counted = 0;
  HEADER.lastIndex = 0;
  for (let m = HEADER.exec(text); m; m = HEADER.exec(text)) {
    for (let i = text.indexOf('\n', counted); i !== -1 && i < m.index; i = text.indexOf('\n', i + 1)) line++;
    counted = m.index;
    const first = m[3] ?? m[4] ?? '';
    const second = m[5] ?? m[6];
    const key = m[2] === 'resource' ? (second === undefined ? undefined : `resource.${first}.${second}`) : `module.${first}`;
    // The first header wins: a later match is more likely text inside a heredoc.
    if (key && !out.has(key)) out.set(key, { line, column: (m[1]?.length ?? 0) + 1 });
  }
  return out;
}
