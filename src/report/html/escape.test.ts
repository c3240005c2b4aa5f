import { describe, expect, it } from 'vitest';
import { anchor, escapeHtml, html, jsonForScript, trusted } from './escape.js';

describe('escaping', () => {
  it('escapes text and attribute metacharacters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('shows bidirectional overrides and control characters instead of obeying them', () => {
    expect(escapeHtml('a\u202eb\u0007c')).toBe('a\\u202eb\\u0007c');
  });

  it('escapes every interpolation unless it is markup built the same way', () => {
    const evil = '<img src=x onerror=alert(1)>';
    expect(html`<p title="${evil}">${evil}${html`<b>${evil}</b>`}${[evil, 1]}</p>`.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt;<b>&lt;img src=x onerror=alert(1)&gt;</b>&lt;img src=x onerror=alert(1)&gt;1</p>',
    );
    expect(html`${trusted('<br>')}`.value).toBe('<br>');
    expect(html`${undefined}${null}${false}`.value).toBe('');
  });

  it('keeps script-embedded JSON from closing its element, and round-trips it', () => {
    const value = { s: '</script><script>alert(1)</script><!-- & \u2028' };
    const out = jsonForScript(value);
    expect(out).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(out)).toEqual(value);
  });

  it('makes fragment ids of only safe characters', () => {
    expect(anchor('spec', '164.312(a)(2)(iv)')).toBe('spec-164-312-a-2-iv');
    expect(anchor('x', '"><script>')).toBe('x-script');
  });
});
