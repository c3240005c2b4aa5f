import type { Report } from './model.js';

/** The report object itself, the documented schema every other format derives from. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
