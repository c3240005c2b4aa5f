import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Report } from '../report/model.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderTerminal } from '../report/terminal.js';
import { InputError } from '../util/errors.js';

export const FORMATS = ['terminal', 'json', 'sarif', 'html', 'pdf', 'junit', 'csv', 'ocsf', 'markdown'] as const;
export type Format = (typeof FORMATS)[number];

/** File names in an evidence pack, by format. */
export const FILE_NAMES: Record<Format, string> = {
  terminal: 'summary.txt',
  json: 'report.json',
  sarif: 'report.sarif',
  html: 'report.html',
  pdf: 'report.pdf',
  junit: 'junit.xml',
  csv: 'findings.csv',
  ocsf: 'ocsf.json',
  markdown: 'summary.md',
};

export function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag === false || process.env.NO_COLOR) return false;
  return Boolean(stream.isTTY) || Boolean(process.env.FORCE_COLOR);
}

/**
 * Every format is a function of the report object. The heavier ones load on demand so a
 * terminal scan never pays for them.
 */
export async function render(report: Report, format: Format, opts: { color?: boolean } = {}): Promise<string | Buffer> {
  switch (format) {
    case 'terminal':
      return renderTerminal(report, { color: opts.color ?? false });
    case 'json':
      return renderJson(report);
    case 'sarif':
      return renderSarif(report);
    case 'html':
      return (await import('../report/html/index.js')).renderHtml(report);
    case 'pdf': {
      const { renderHtml } = await import('../report/html/index.js');
      return (await import('../report/pdf.js')).renderPdf(renderHtml(report));
    }
    case 'junit':
      return (await import('../report/junit.js')).renderJunit(report);
    case 'csv':
      return (await import('../report/csv.js')).renderCsv(report);
    case 'ocsf':
      return (await import('../report/ocsf.js')).renderOcsf(report);
    case 'markdown':
      return (await import('../report/markdown.js')).renderMarkdown(report);
  }
}

export function writeFile(path: string, content: string | Buffer, option = '--output'): void {
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  } catch (e) {
    throw new InputError(`${option} ${path}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
}

/**
 * Writes the report in the chosen format to the file or stdout. When another format goes
 * to a file, the terminal summary still goes to stdout so a CI log shows what happened.
 */
export async function writeReport(
  report: Report,
  opts: { format: Format; output?: string; color?: boolean; quiet?: boolean },
): Promise<void> {
  const color = useColor(process.stdout, opts.color);
  if (opts.format === 'pdf' && !opts.output) throw new InputError('--format pdf needs --output FILE');
  if (opts.output) {
    writeFile(opts.output, await render(report, opts.format));
    if (opts.format !== 'terminal' && !opts.quiet) process.stdout.write(renderTerminal(report, { color }));
    return;
  }
  process.stdout.write(await render(report, opts.format, { color }));
}
