import type * as Sarif from 'sarif';
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../rules/types.js';
import { isInputProblem } from '../util/errors.js';
import { formatValue } from './format-value.js';
import type { Report, ReportRule } from './model.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = {
  critical: 'error',
  high: 'error',
  medium: 'warning',
  low: 'note',
  info: 'note',
};

/** GitHub code scanning reads `security-severity` (0–10) to rank security results. */
const SECURITY_SEVERITY: Record<Severity, string> = {
  critical: '9.5',
  high: '8.0',
  medium: '5.5',
  low: '3.0',
  info: '1.0',
};

function ruleDescriptor(r: ReportRule): Sarif.ReportingDescriptor {
  const snippets = [
    r.remediation.cli ? `AWS CLI:\n${r.remediation.cli}` : '',
    r.remediation.terraform ? `Terraform:\n${r.remediation.terraform}` : '',
    r.remediation.cloudformation ? `CloudFormation:\n${r.remediation.cloudformation}` : '',
  ].filter(Boolean);
  const md = [
    r.rationale,
    '',
    `**Fix:** ${r.remediation.text}`,
    ...(r.remediation.cli ? ['', '```sh', r.remediation.cli, '```'] : []),
    ...(r.remediation.terraform ? ['', '```hcl', r.remediation.terraform, '```'] : []),
    ...(r.remediation.cloudformation ? ['', '```yaml', r.remediation.cloudformation, '```'] : []),
    '',
    `HIPAA: ${r.hipaa.join(', ')}`,
  ];
  return {
    id: r.id,
    name: r.id,
    shortDescription: { text: r.title },
    fullDescription: { text: r.rationale },
    help: { text: [r.remediation.text, ...snippets].join('\n\n'), markdown: md.join('\n') },
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: {
      tags: ['security', 'hipaa', ...r.hipaa.map((c) => `HIPAA-${c}`)],
      'security-severity': SECURITY_SEVERITY[r.severity],
      precision: 'high',
    },
  };
}

function location(f: Finding): Sarif.Location {
  const loc = f.resource.location;
  const logical = [{ fullyQualifiedName: loc?.address ?? f.resource.id, kind: 'resource' }];
  if (!loc) return { logicalLocations: logical };
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(loc.file.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' },
      // A plan has no lines: say nothing rather than point at line 1.
      ...(loc.line ? { region: { startLine: loc.line, ...(loc.column ? { startColumn: loc.column } : {}) } } : {}),
    },
    logicalLocations: logical,
  };
}

/**
 * SARIF 2.1.0: failures as results at the level their severity maps to, not-assessed
 * results as `review` notes (a CI must see what could not be judged), exceptions as
 * external suppressions with their justification. Passes are left out, as code scanning
 * expects.
 */
export function renderSarif(report: Report): string {
  const reported = report.findings.filter((f) => f.status !== 'pass');
  const ruleIds = [...new Set(reported.map((f) => f.ruleId))].sort();
  const index = new Map(ruleIds.map((id, i) => [id, i]));
  const results = reported.map((f): Sarif.Result => {
    const evidence = f.evidence.map((e) => `${e.path} = ${formatValue(e.value)}`).join('; ');
    return {
      ruleId: f.ruleId,
      ruleIndex: index.get(f.ruleId)!,
      kind: f.status === 'fail' ? 'fail' : 'review',
      level: f.status === 'fail' ? LEVEL[f.severity] : 'note',
      message: { text: `${f.message}${evidence ? ` (${evidence})` : ''} [${f.resource.type} ${f.resource.name}]` },
      locations: [location(f)],
      partialFingerprints: { 'phiguardFinding/v1': f.id },
      ...(f.suppressed
        ? {
            suppressions: [
              {
                // Written beside the resource in the IaC, or kept in the config file.
                kind: f.suppressed.source ? 'inSource' : 'external',
                status: 'accepted',
                justification: `${f.suppressed.reason}${f.suppressed.expires ? ` (until ${f.suppressed.expires})` : ''}`,
              },
            ],
          }
        : {}),
      properties: {
        severity: f.severity,
        status: f.status,
        phi: f.phi,
        hipaa: f.hipaa,
        resourceId: f.resource.id,
        ...(f.reason ? { reason: f.reason } : {}),
      },
    };
  });
  const sarif: Sarif.Log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'phiguard',
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: 'https://www.npmjs.com/package/phiguard',
            rules: ruleIds.map((id) => ruleDescriptor(report.rules[id]!)),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: `file://${process.cwd().replace(/\/?$/, '/')}` } },
        invocations: [
          {
            executionSuccessful: true,
            startTimeUtc: report.scan.startedAt,
            endTimeUtc: report.scan.finishedAt,
            toolExecutionNotifications: report.problems.map((p) => ({
              level: 'warning',
              message: { text: p.message },
              locations: isInputProblem(p)
                ? [
                    {
                      physicalLocation: {
                        artifactLocation: { uri: encodeURI(p.source), uriBaseId: '%SRCROOT%' },
                        ...(p.line ? { region: { startLine: p.line, ...(p.column ? { startColumn: p.column } : {}) } } : {}),
                      },
                    },
                  ]
                : [{ logicalLocations: [{ fullyQualifiedName: p.source, kind: 'module' }] }],
            })),
          },
        ],
        results,
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
