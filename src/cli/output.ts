import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { InputError } from '../util/errors.js';
import type { Report } from '../report/model.js';
import { renderJson } from '../report/json.js';
import { renderSarif } from '../report/sarif.js';
import { renderTerminal } from '../report/terminal.js';

export const FORMATS = ['terminal', 'json', 'sarif'] as const;
export type Format = (typeof FORMATS)[number];

export function useColor(stream: NodeJS.WriteStream, flag: boolean | undefined): boolean {
  if (flag === false || process.env.NO_COLOR) return false;
  return Boolean(stream.isTTY) || Boolean(process.env.FORCE_COLOR);
}

/**
 * Writes the report in the chosen format to the file or stdout. When a machine format goes
 * to a file, the terminal summary still goes to stdout so a CI log shows what happened.
 */
export function writeReport(report: Report, opts: { format: Format; output?: string; color?: boolean; quiet?: boolean }) {
  const color = useColor(process.stdout, opts.color);
  const render = (f: Format) =>
    f === 'json' ? renderJson(report) : f === 'sarif' ? renderSarif(report) : renderTerminal(report, { color: false });
  if (opts.output) {
    try {
      mkdirSync(dirname(opts.output), { recursive: true });
      writeFileSync(opts.output, render(opts.format));
    } catch (e) {
      throw new InputError(`--output ${opts.output}: cannot write (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
    }
    if (opts.format !== 'terminal' && !opts.quiet) process.stdout.write(renderTerminal(report, { color }));
    return;
  }
  process.stdout.write(opts.format === 'terminal' ? renderTerminal(report, { color }) : render(opts.format));
}
