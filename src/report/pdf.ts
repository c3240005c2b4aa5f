import { existsSync } from 'node:fs';
import { InputError } from '../util/errors.js';

/** Where distributions and vendors put Chromium or Chrome; PHIGUARD_CHROMIUM comes first. */
const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

/** A Chromium or Chrome executable on this machine, or undefined. Never downloads one. */
export function findChromium(env: NodeJS.ProcessEnv = process.env, exists: (p: string) => boolean = existsSync): string | undefined {
  const configured = env.PHIGUARD_CHROMIUM;
  if (configured) return exists(configured) ? configured : undefined;
  return CANDIDATES.find((p) => exists(p));
}

/** Flags for a headless print with nothing phoning home: no updates, sync, QUIC or first-run. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface PdfOptions {
  chromiumPath?: string;
}

function missingBrowser(): InputError {
  const configured = process.env.PHIGUARD_CHROMIUM;
  return new InputError(
    configured
      ? `PHIGUARD_CHROMIUM=${configured}: no such file; point it at a Chromium or Chrome executable`
      : 'PDF output needs Chromium: install it (apt-get install chromium) or set PHIGUARD_CHROMIUM to a Chromium or Chrome executable',
  );
}

/**
 * Prints an HTML report to an A4 PDF in headless Chromium. Every request the page tries to
 * make is aborted: the report is self-contained, and a PDF must not depend on (or leak to)
 * the network.
 */
export async function renderPdf(html: string, opts: PdfOptions = {}): Promise<Buffer> {
  const executablePath = opts.chromiumPath ?? findChromium();
  if (!executablePath || !existsSync(executablePath)) throw missingBrowser();
  // Loaded only when a PDF is asked for: every other format works without it.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const context = await browser.newContext({ offline: true, serviceWorkers: 'block' });
    await context.route('**/*', (route) => route.abort());
    const page = await context.newPage();
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    // The report opens its <details> on beforeprint; do it here too, as PDF printing does not
    // fire that event in every Chromium version.
    await page.evaluate(() => {
      for (const d of Array.from(document.querySelectorAll('details'))) d.open = true;
    });
    return await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate:
        '<div style="font-size:8px;width:100%;text-align:center;color:#444">HIPAA Security Rule compliance report · page <span class="pageNumber"></span> of <span class="totalPages"></span></div>',
      margin: { top: '14mm', bottom: '16mm', left: '12mm', right: '12mm' },
    });
  } finally {
    await browser.close();
  }
}
