import { mkdtempSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html/index.js';
import { exampleReport, HOSTILE, hostileReport, largeReport } from '../src/report/html/test-support/reports.js';
import type { Report } from '../src/report/model.js';
import { CHROMIUM_ARGS, findChromium, renderPdf } from '../src/report/pdf.js';

// The report is something a person looks at, so it is tested in a real browser: Debian's
// Chromium, which .ci/run installs. Without it these tests fail with the fix, never skip.
const executablePath = findChromium();
if (!executablePath) throw new Error('Chromium not found: apt-get install chromium, or set PHIGUARD_CHROMIUM');
const run = describe;

const AXE = join(dirname(createRequire(import.meta.url).resolve('axe-core')), 'axe.min.js');
const OUT = mkdtempSync(join(tmpdir(), 'phiguard-html-'));

interface Watched {
  page: Page;
  consoleErrors: string[];
  pageErrors: string[];
  requests: string[];
}

async function open(context: BrowserContext, html: string): Promise<Watched> {
  const page = await context.newPage();
  const w: Watched = { page, consoleErrors: [], pageErrors: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && w.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => w.pageErrors.push(e.message));
  page.on('request', (r) => w.requests.push(r.url()));
  await page.setContent(html, { waitUntil: 'load' });
  await page.waitForSelector('#f-body tr');
  return w;
}

const rowCount = (page: Page) => page.locator('#f-body tr').count();

run('HTML report in Chromium', () => {
  let browser: Browser;
  let example: Report;
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: executablePath!, args: CHROMIUM_ARGS });
    example = await exampleReport();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('renders hostile names as text under its CSP: no script, error or request', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const w = await open(context, renderHtml(hostileReport(example)));
    const shot = join(OUT, 'hostile.png');
    await w.page.screenshot({ path: shot, fullPage: true });
    const png = readFileSync(shot);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(statSync(shot).size).toBeGreaterThan(50_000);
    // Hover over the rows too, for the onmouseover payload.
    await w.page.hover('#f-body tr:first-child td:nth-child(4)');
    expect(await w.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await w.page.locator('#f-body tr:first-child td:nth-child(4)').textContent()).toContain(HOSTILE.img);
    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    expect(w.requests).toEqual([]);
    await context.close();
  });

  it('keeps them inert by escaping alone, with the CSP switched off', async () => {
    const context = await browser.newContext({ bypassCSP: true });
    const w = await open(context, renderHtml(hostileReport(example)));
    await w.page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
    await w.page.hover('#f-body tr:first-child td:nth-child(4)');
    expect(await w.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await w.page.locator('img').count()).toBe(0);
    expect(w.pageErrors).toEqual([]);
    expect(w.requests).toEqual([]);
    await context.close();
  });

  it('passes axe with no serious or critical violation', async () => {
    // axe is injected as a script, which the report's own CSP rightly refuses: bypass it here.
    const context = await browser.newContext({ bypassCSP: true });
    const w = await open(context, renderHtml(hostileReport(example)));
    await w.page.addScriptTag({ path: AXE });
    const result = (await w.page.evaluate(() => (window as unknown as { axe: { run: () => Promise<unknown> } }).axe.run())) as {
      violations: { id: string; impact: string; nodes: { target: string[] }[] }[];
    };
    const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(bad.map((v) => `${v.id}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  it('filters and searches the findings table', async () => {
    const context = await browser.newContext();
    const w = await open(context, renderHtml(example));
    const { page } = w;
    // The table shows a page of at most 100 rows.
    expect(await rowCount(page)).toBe(Math.min(100, example.findings.length));
    await page.selectOption('#f-status', 'fail');
    const fails = example.findings.filter((f) => f.status === 'fail' && !f.suppressed);
    expect(await rowCount(page)).toBe(fails.length);
    await page.fill('#f-q', 'lab-results');
    const expected = fails.filter((f) => `${f.ruleId} ${f.resource.name} ${f.message}`.includes('lab-results')).length;
    expect(expected).toBeGreaterThan(0);
    await expect.poll(() => rowCount(page)).toBe(expected);
    for (const text of await page.locator('#f-body tr td:nth-child(1)').allTextContents()) expect(text).toContain('Fail');
    await page.check('#f-phi');
    await page.selectOption('#f-status', '');
    await page.fill('#f-q', '');
    await expect.poll(() => rowCount(page)).toBe(Math.min(100, example.findings.filter((f) => f.phi).length));
    await page.selectOption('#f-rule', 'aws-s3-bucket-versioning-enabled');
    expect(await rowCount(page)).toBe(example.findings.filter((f) => f.phi && f.ruleId === 'aws-s3-bucket-versioning-enabled').length);
    expect(await page.textContent('#f-count')).toContain(`of ${example.findings.length} findings match`);
    const shot = join(OUT, 'example.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(50_000);
    expect(w.consoleErrors).toEqual([]);
    expect(w.pageErrors).toEqual([]);
    await context.close();
  });

  it('opens and filters a 100,000-finding report while keeping the DOM small', async () => {
    const context = await browser.newContext();
    const w = await open(context, renderHtml(largeReport(example, 100_000)));
    const { page } = w;
    expect(await rowCount(page)).toBe(100);
    expect(await page.textContent('#f-count')).toContain('100,000 findings');
    await page.click('#f-next');
    expect(await page.textContent('#f-page')).toContain('page 2 of 1,000');
    await page.fill('#f-q', 'clone-99999-');
    await expect.poll(() => rowCount(page)).toBe(1);
    await page.fill('#f-q', '');
    await page.selectOption('#f-status', 'not_assessed');
    await expect.poll(() => page.textContent('#f-count')).toMatch(/ of 100,000 findings match/);
    expect(await rowCount(page)).toBeLessThanOrEqual(100);
    expect(await page.locator('tr').count()).toBeLessThan(5_000);
    expect(w.pageErrors).toEqual([]);
    await context.close();
  }, 120_000);

  it('prints the example report to a multi-page PDF', async () => {
    const pdf = await renderPdf(renderHtml(example), { chromiumPath: executablePath! });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) ?? [];
    expect(pages.length).toBeGreaterThan(1);
  }, 120_000);
});
