/**
 * Every string from a cloud or a template (names, tags, policy text) is hostile until
 * escaped for the format it lands in.
 */

// C0 and C1 controls (ESC starts terminal control sequences), DEL, and the Unicode
// bidirectional overrides that can make text display differently from what it is.
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Makes a value safe to print to a terminal: control characters become visible escapes. */
export function terminalSafe(value: unknown): string {
  const s = typeof value === 'string' ? value : JSON.stringify(value) ?? String(value);
  return s.replace(TERMINAL_UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same, also flattening newlines, for one-line fields. */
export function terminalLine(value: unknown): string {
  return terminalSafe(value).replace(/\r?\n|\t/g, ' ');
}
