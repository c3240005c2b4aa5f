import { describe, expect, it } from 'vitest';
import { md } from './markdown.js';

describe('markdown escaping', () => {
  it('turns HTML into text', () => {
    expect(md('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert\\(1\\)&gt;');
    expect(md('"><script>')).toBe('"&gt;&lt;script&gt;');
  });

  it('escapes links, images, emphasis, code, math and table pipes', () => {
    expect(md('![a](http://x)')).toBe('\\!\\[a\\]\\(http:\u2060//x\\)');
    expect(md('a|b `c` *d* _e_ $f$')).toBe('a\\|b \\`c\\` \\*d\\* \\_e\\_ \\$f\\$');
  });

  it('breaks autolinks, mentions and issue references, and flattens lines', () => {
    expect(md('www.evil.com @team #1')).toBe('www\u2060.evil.com @\u2060team #\u20601');
    expect(md('a\n# b\u0007')).toBe('a #\u2060 b\uFFFD');
  });

  it('cuts long values', () => {
    expect(md('x'.repeat(500), 10)).toBe(`${'x'.repeat(9)}…`);
  });
});
