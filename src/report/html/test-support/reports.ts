import { collectIac } from '../../../collect/iac/index.js';
import { DEFAULT_CONFIG } from '../../../config/schema.js';
import { Inventory } from '../../../engine/inventory.js';
import { runScan } from '../../../engine/scan.js';
import { loadRules } from '../../../rules/registry.js';
import type { Report } from '../../model.js';

/** The bundled example scanned by the real pipeline, with one exception in force and one expired. */
export async function exampleReport(): Promise<Report> {
  const collected = await collectIac(['examples/telehealth/']);
  return runScan({
    inventory: new Inventory(collected.resources, collected.coverage),
    rules: await loadRules(),
    config: {
      ...DEFAULT_CONFIG,
      suppressions: [
        { rule: 'aws-logs-log-group-retention', resource: 'aws_cloudwatch_log_group.claims_debug', reason: 'Debug logs hold no PHI; retention waived by the privacy office', approvedBy: 'privacy-officer@example.org', expires: '2099-12-31' },
        { rule: 'aws-kms-key-rotation-enabled', resource: 'LegacyExportKey', reason: 'Key retired after the export migration', approvedBy: 'ciso@example.org', expires: '2020-01-01' },
      ],
    },
    scope: { kind: 'iac', accounts: [], regions: [], paths: ['examples/telehealth/'] },
    problems: collected.problems,
    startedAt: new Date('2026-11-23T10:00:00Z'),
    today: '2026-11-23',
  });
}

/**
 * Payloads that would run if any string reached the page unescaped: each sets
 * window.__pwned, so a browser test can tell whether one ever fired.
 */
export const HOSTILE = {
  img: '<img src=x onerror="window.__pwned=1">',
  attr: '"><script>window.__pwned=2</script>',
  closeScript: '</script><script>window.__pwned=3</script><!--',
  svg: '<svg onload="window.__pwned=4"><a xlink:href="javascript:window.__pwned=5">x</a></svg>',
  quote: "' onmouseover='window.__pwned=6' x='",
  bidi: 'safe\u202egnp.exe\u0007',
} as const;

const ALL = Object.values(HOSTILE).join(' ');

/** The example report with hostile strings in every field a cloud or a template controls. */
export function hostileReport(base: Report): Report {
  const r = structuredClone(base) as Report;
  r.scan.scope.paths = [`examples/${HOSTILE.img}`];
  r.scan.scope.identity = `arn:aws:sts::111122223333:assumed-role/${HOSTILE.attr}`;
  r.findings = r.findings.map((f, i) => ({
    ...f,
    message: `${f.message} ${i % 2 ? HOSTILE.img : HOSTILE.closeScript}`,
    ...(f.reason ? { reason: `${f.reason} ${HOSTILE.svg}` } : {}),
    evidence: [...f.evidence, { path: `tags.${HOSTILE.quote}`, value: HOSTILE.attr }, { path: 'kmsKeyId', value: { $unknown: HOSTILE.img } }],
    resource: {
      ...f.resource,
      name: `${f.resource.name}${HOSTILE.img}`,
      id: `${f.resource.id}${HOSTILE.attr}`,
      tags: { evil: ALL },
      ...(f.resource.location ? { location: { ...f.resource.location, file: `${f.resource.location.file}${HOSTILE.closeScript}`, address: HOSTILE.quote } } : {}),
    },
    ...(f.suppressed ? { suppressed: { ...f.suppressed, reason: HOSTILE.svg, approvedBy: HOSTILE.attr } } : {}),
  }));
  for (const rule of Object.values(r.rules)) {
    rule.rationale += HOSTILE.svg;
    rule.remediation = { ...rule.remediation, text: rule.remediation.text + HOSTILE.img, cli: `${rule.remediation.cli ?? ''}${HOSTILE.closeScript}` };
  }
  r.graph.nodes = r.graph.nodes.map((n) => ({ ...n, name: `${n.name}${HOSTILE.img}`, file: HOSTILE.closeScript }));
  r.suppressions = r.suppressions.map((s) => ({ ...s, reason: HOSTILE.svg, approvedBy: HOSTILE.img, resource: HOSTILE.quote }));
  r.problems = [{ source: `infra/${HOSTILE.img}.yaml`, line: 4, message: `invalid YAML: ${HOSTILE.closeScript}` }, { source: 'aws:111122223333:eu-west-1:cloudtrail', message: `DescribeTrails: AccessDenied ${HOSTILE.attr}` }];
  r.coverage = [{ provider: 'aws', account: '111122223333', type: 'AWS::CloudTrail::Trail', complete: false, reasons: [`AccessDenied ${HOSTILE.svg}`] }];
  return r;
}

/** The example's findings cloned to `n`, each on its own resource: the size of a large estate. */
export function largeReport(base: Report, n: number): Report {
  const findings: Report['findings'] = new Array(n);
  const src = base.findings;
  for (let i = 0; i < n; i++) {
    const f = src[i % src.length]!;
    findings[i] = { ...f, id: `${f.id}-${i}`, resource: { ...f.resource, id: `${f.resource.id}-${i}`, name: `clone-${i}-${f.resource.name}` } };
  }
  return { ...base, findings };
}
