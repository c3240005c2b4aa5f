import { describe, expect, it } from 'vitest';
import { InputError } from '../util/errors.js';
import { findChromium, renderPdf } from './pdf.js';

describe('findChromium', () => {
  it('prefers PHIGUARD_CHROMIUM, and only when it exists', () => {
    expect(findChromium({ PHIGUARD_CHROMIUM: '/opt/chrome' }, (p) => p === '/opt/chrome' || p === '/usr/bin/chromium')).toBe('/opt/chrome');
    expect(findChromium({ PHIGUARD_CHROMIUM: '/opt/chrome' }, (p) => p === '/usr/bin/chromium')).toBeUndefined();
  });

  it('looks in the usual places in order', () => {
    expect(findChromium({}, (p) => p === '/usr/bin/google-chrome' || p === '/usr/bin/chromium-browser')).toBe('/usr/bin/chromium-browser');
    expect(findChromium({}, () => false)).toBeUndefined();
  });
});

describe('renderPdf', () => {
  it('says how to install a browser when there is none', async () => {
    const err = await renderPdf('<p>x</p>', { chromiumPath: '/nonexistent/chromium' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as Error).message).toMatch(/apt-get install chromium|PHIGUARD_CHROMIUM/);
    expect((err as Error).message).not.toContain('\n');
  });
});
