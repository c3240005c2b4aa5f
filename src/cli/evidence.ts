import type { Report } from '../report/model.js';
import { findChromium } from '../report/pdf.js';
import { FILE_NAMES, type Format, render } from './output.js';
import { buildReport, type Collected, EXIT, exitCode, setup } from './scan.js';

export interface EvidenceOptions {
  output: string;
  config?: string;
  phiOnly?: boolean;
  failOn?: import('../rules/types.js').Severity | 'none';
}

const PACK_FORMATS: Format[] = ['json', 'sarif', 'html', 'pdf', 'junit', 'csv', 'ocsf', 'markdown', 'terminal'];

/**
 * One scan, kept as evidence: the inventory snapshot, the report in every format, and a
 * manifest of SHA-256 hashes with the scan's time and scope. The PDF is included when a
 * Chromium is installed; otherwise the pack says so on stderr and carries the HTML.
 */
export async function writeEvidence(collect: () => Promise<Collected>, opts: EvidenceOptions): Promise<number> {
  const s = await setup(opts);
  const c = await collect();
  const { report, inventory } = buildReport(c, s, opts.phiOnly ?? false);
  const formats = PACK_FORMATS.filter((f) => f !== 'pdf' || findChromium());
  if (!formats.includes('pdf')) process.stderr.write('phiguard: no Chromium found: the pack has no PDF (apt-get install chromium, or set PHIGUARD_CHROMIUM)\n');
  const files: { path: string; content: string | Buffer }[] = [];
  for (const f of formats) {
    if (f === 'json') continue; // the pack's own report.json
    files.push({ path: FILE_NAMES[f], content: await render(report as Report, f) });
  }
  const { writeEvidencePack } = await import('../evidence/index.js');
  await writeEvidencePack(opts.output, { report, inventory: [...inventory.all()], files });
  process.stdout.write(
    `phiguard: evidence pack ${opts.output}: ${report.summary.resources} resources, ${report.findings.length} results, ${files.length + 2} files hashed\n`,
  );
  return exitCode(c, report);
}

/** Re-hashes a pack against its manifest: exit 0 intact, 1 changed. */
export async function verifyEvidence(path: string): Promise<number> {
  const { verifyEvidencePack } = await import('../evidence/index.js');
  const v = await verifyEvidencePack(path);
  for (const f of v.modified) process.stdout.write(`modified  ${f}\n`);
  for (const f of v.missing) process.stdout.write(`missing   ${f}\n`);
  for (const f of v.added) process.stdout.write(`added     ${f}\n`);
  process.stdout.write(v.ok ? `phiguard: ${path}: intact, every file matches its manifest hash\n` : `phiguard: ${path}: NOT intact\n`);
  return v.ok ? EXIT.ok : EXIT.failed;
}
