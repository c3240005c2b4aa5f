import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { phiguard, ROOT, type Run } from './cli-helpers.js';

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'phiguard-cli-'));
}

interface Finding {
  ruleId: string;
  status: string;
  resource: { location: { address: string; file: string; line: number } };
  suppressed?: { reason: string };
  severity: string;
}

async function scanJson(args: string[]) {
  const dir = tmp();
  const out = join(dir, 'report.json');
  const run = await phiguard(['scan', 'iac', ...args, '--format', 'json', '--output', out, '--quiet']);
  return { run, report: JSON.parse(readFileSync(out, 'utf8')) as { findings: Finding[]; summary: Record<string, unknown>; suppressions: { state: string }[] } };
}

// The bundled example, judged rule by rule. Any change to a rule, an adapter or the example
// that changes a result shows up here.
const EXPECTED_FAILS = `
aws-s3-bucket-not-public VisitRecordingsBucket
aws-s3-account-public-access-block aws_s3_account_public_access_block.this
aws-s3-bucket-deny-insecure-transport AccessLogsBucket
aws-s3-bucket-deny-insecure-transport VisitRecordingsBucket
aws-s3-bucket-deny-insecure-transport aws_s3_bucket.lab_results
aws-s3-bucket-deny-insecure-transport aws_s3_bucket.logs
aws-s3-bucket-kms-encryption AccessLogsBucket
aws-s3-bucket-kms-encryption VisitRecordingsBucket
aws-s3-bucket-kms-encryption aws_s3_bucket.lab_results
aws-s3-bucket-kms-encryption aws_s3_bucket.logs
aws-s3-bucket-public-access-block aws_s3_bucket.lab_results
aws-cloudtrail-cloudwatch-logs-integration aws_cloudtrail.claims
aws-cloudtrail-kms-encryption aws_cloudtrail.claims
aws-cloudtrail-log-file-validation aws_cloudtrail.claims
aws-cloudtrail-trail-multi-region aws_cloudtrail.claims
aws-kms-key-rotation-enabled LegacyExportKey
aws-logs-log-group-kms-encryption VideoApiLogGroup
aws-logs-log-group-retention VideoApiLogGroup
aws-logs-log-group-retention aws_cloudwatch_log_group.claims_debug
aws-s3-bucket-access-logging AccessLogsBucket
aws-s3-bucket-access-logging VisitRecordingsBucket
aws-s3-bucket-access-logging aws_s3_bucket.lab_results
aws-s3-bucket-access-logging aws_s3_bucket.logs
aws-s3-bucket-deny-unencrypted-uploads AccessLogsBucket
aws-s3-bucket-deny-unencrypted-uploads VisitRecordingsBucket
aws-s3-bucket-deny-unencrypted-uploads aws_s3_bucket.lab_results
aws-s3-bucket-deny-unencrypted-uploads aws_s3_bucket.logs
aws-s3-bucket-versioning-enabled VisitRecordingsBucket
aws-s3-bucket-versioning-enabled aws_s3_bucket.lab_results
aws-s3-bucket-versioning-enabled aws_s3_bucket.logs
aws-s3-bucket-acls-disabled VisitRecordingsBucket
aws-s3-bucket-event-notifications AccessLogsBucket
aws-s3-bucket-event-notifications PatientRecordsBucket
aws-s3-bucket-event-notifications VisitRecordingsBucket
aws-s3-bucket-event-notifications aws_s3_bucket.lab_results
aws-s3-bucket-event-notifications aws_s3_bucket.logs
aws-s3-bucket-event-notifications module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-object-lock AccessLogsBucket
aws-s3-bucket-object-lock PatientRecordsBucket
aws-s3-bucket-object-lock VisitRecordingsBucket
aws-s3-bucket-object-lock aws_s3_bucket.lab_results
aws-s3-bucket-object-lock aws_s3_bucket.logs
aws-s3-bucket-object-lock module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-phi-network-restricted PatientRecordsBucket
aws-s3-bucket-phi-network-restricted VisitRecordingsBucket
aws-s3-bucket-phi-network-restricted aws_s3_bucket.lab_results
aws-s3-bucket-phi-network-restricted module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-replication AccessLogsBucket
aws-s3-bucket-replication PatientRecordsBucket
aws-s3-bucket-replication VisitRecordingsBucket
aws-s3-bucket-replication aws_s3_bucket.lab_results
aws-s3-bucket-replication aws_s3_bucket.logs
aws-s3-bucket-replication module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-version-lifecycle-policy AccessLogsBucket
aws-s3-bucket-version-lifecycle-policy PatientRecordsBucket
aws-s3-bucket-version-lifecycle-policy module.claims_archive.aws_s3_bucket.this`;

const EXPECTED_NOT_ASSESSED = `
aws-cloudtrail-s3-data-events-phi-buckets VisitRecordingsBucket
aws-cloudtrail-s3-data-events-phi-buckets aws_s3_bucket.lab_results
aws-cloudtrail-s3-data-events-phi-buckets module.claims_archive.aws_s3_bucket.this
aws-logs-log-group-kms-encryption aws_cloudwatch_log_group.claims_debug
aws-s3-bucket-public-access-block VisitRecordingsBucket`;

const EXPECTED_PASSES = `
aws-s3-bucket-not-public AccessLogsBucket
aws-s3-bucket-not-public PatientRecordsBucket
aws-s3-bucket-not-public aws_s3_bucket.lab_results
aws-s3-bucket-not-public aws_s3_bucket.logs
aws-s3-bucket-not-public module.claims_archive.aws_s3_bucket.this
aws-cloudtrail-s3-data-events-phi-buckets PatientRecordsBucket
aws-s3-bucket-default-encryption AccessLogsBucket
aws-s3-bucket-default-encryption PatientRecordsBucket
aws-s3-bucket-default-encryption VisitRecordingsBucket
aws-s3-bucket-default-encryption aws_s3_bucket.lab_results
aws-s3-bucket-default-encryption aws_s3_bucket.logs
aws-s3-bucket-default-encryption module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-deny-insecure-transport PatientRecordsBucket
aws-s3-bucket-deny-insecure-transport module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-kms-encryption PatientRecordsBucket
aws-s3-bucket-kms-encryption module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-public-access-block AccessLogsBucket
aws-s3-bucket-public-access-block PatientRecordsBucket
aws-s3-bucket-public-access-block aws_s3_bucket.logs
aws-s3-bucket-public-access-block module.claims_archive.aws_s3_bucket.this
aws-cloudtrail-cloudwatch-logs-integration AuditTrail
aws-cloudtrail-kms-encryption AuditTrail
aws-cloudtrail-log-file-validation AuditTrail
aws-cloudtrail-trail-multi-region AuditTrail
aws-kms-key-rotation-enabled PhiDataKey
aws-kms-key-rotation-enabled aws_kms_key.claims
aws-logs-log-group-kms-encryption AuditTrailLogGroup
aws-logs-log-group-kms-encryption aws_cloudwatch_log_group.claims_api
aws-logs-log-group-retention AuditTrailLogGroup
aws-logs-log-group-retention aws_cloudwatch_log_group.claims_api
aws-s3-bucket-access-logging PatientRecordsBucket
aws-s3-bucket-access-logging module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-deny-unencrypted-uploads PatientRecordsBucket
aws-s3-bucket-deny-unencrypted-uploads module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-versioning-enabled AccessLogsBucket
aws-s3-bucket-versioning-enabled PatientRecordsBucket
aws-s3-bucket-versioning-enabled module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-acls-disabled AccessLogsBucket
aws-s3-bucket-acls-disabled PatientRecordsBucket
aws-s3-bucket-acls-disabled aws_s3_bucket.lab_results
aws-s3-bucket-acls-disabled aws_s3_bucket.logs
aws-s3-bucket-acls-disabled module.claims_archive.aws_s3_bucket.this
aws-s3-bucket-audit-log-retention AccessLogsBucket
aws-s3-bucket-audit-log-retention aws_s3_bucket.logs`;

const lines = (s: string) => s.trim().split('\n').sort();
const pick = (fs: Finding[], status: string) =>
  fs.filter((f) => f.status === status).map((f) => `${f.ruleId} ${f.resource.location.address}`).sort();

describe('phiguard scan iac examples/', () => {
  let run: Run;
  let report: Awaited<ReturnType<typeof scanJson>>['report'];
  beforeAll(async () => {
    ({ run, report } = await scanJson(['examples/telehealth/']));
  });

  it('finds exactly the expected failures, not-assessed results and passes', async () => {
    expect(pick(report.findings, 'fail')).toEqual(lines(EXPECTED_FAILS));
    expect(pick(report.findings, 'not_assessed')).toEqual(lines(EXPECTED_NOT_ASSESSED));
    expect(pick(report.findings, 'pass')).toEqual(lines(EXPECTED_PASSES));
  });

  it('exits 1 because high-severity failures remain', async () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
  });

  it('points each IaC result at its file and line', async () => {
    const f = report.findings.find((x) => x.ruleId === 'aws-kms-key-rotation-enabled' && x.status === 'fail')!;
    expect(f.resource.location.file).toBe('examples/telehealth/cloudformation/telehealth.yaml');
    const text = readFileSync(join(ROOT, f.resource.location.file), 'utf8').split('\n');
    expect(text[f.resource.location.line - 1]).toMatch(/^\s+LegacyExportKey:/);
    const tf = report.findings.find((x) => x.resource.location.address === 'aws_s3_bucket.lab_results')!;
    const tfText = readFileSync(join(ROOT, tf.resource.location.file), 'utf8').split('\n');
    expect(tfText[tf.resource.location.line - 1]).toMatch(/^resource "aws_s3_bucket" "lab_results"/);
  });

  it('prints the terminal summary by HIPAA section, then failures by severity', async () => {
    const t = await phiguard(['scan', 'iac', 'examples/telehealth/']);
    expect(t.code).toBe(1);
    expect(t.stdout).toMatch(/164\.312 Technical safeguards/);
    expect(t.stdout.indexOf('CRITICAL (6)')).toBeLessThan(t.stdout.indexOf('HIGH (15)'));
    expect(t.stdout).toMatch(/NOT ASSESSED \(5\)/);
    expect(t.stdout).toMatch(/variable debug_logs_key_arn has no value/);
    expect(t.stdout).toMatch(/FAIL: 21 failure\(s\) at or above high/);
  });

  it('--fail-on critical still fails on the public bucket; --fail-on none never fails', async () => {
    expect((await phiguard(['scan', 'iac', 'examples/telehealth/', '--fail-on', 'critical'])).code).toBe(1);
    expect((await phiguard(['scan', 'iac', 'examples/telehealth/', '--fail-on', 'none'])).code).toBe(0);
  });

  it('resolving the variable with --var turns its not_assessed result into a judgement', async () => {
    const { report: r } = await scanJson(['examples/telehealth/terraform', '--var', 'debug_logs_key_arn=arn:aws:kms:us-east-1:444455556666:key/abc']);
    const f = r.findings.find((x) => x.ruleId === 'aws-logs-log-group-kms-encryption' && x.resource.location.address === 'aws_cloudwatch_log_group.claims_debug')!;
    expect(f.status).toBe('pass');
  });

  it('--param overrides a CloudFormation parameter', async () => {
    const { report: r } = await scanJson(['examples/telehealth/cloudformation', '--param', 'Environment=staging']);
    const f = r.findings.find((x) => x.ruleId === 'aws-s3-bucket-versioning-enabled' && x.resource.location.address === 'AccessLogsBucket')!;
    expect(f.status).toBe('fail');
  });

  it('the example config suppresses with a reason and changes a severity', async () => {
    const { report: r } = await scanJson(['examples/telehealth/', '-c', 'examples/phiguard.config.yaml']);
    const sup = r.findings.find((x) => x.ruleId === 'aws-logs-log-group-kms-encryption' && x.resource.location.address === 'VideoApiLogGroup')!;
    expect(sup.suppressed?.reason).toMatch(/no PHI/);
    // the config sets the rule to low; PHI buckets raise it one level
    const logging = r.findings.filter((x) => x.ruleId === 'aws-s3-bucket-access-logging') as (Finding & { phi: boolean; baseSeverity?: string })[];
    expect(logging.every((x) => (x.phi ? x.severity === 'medium' && x.baseSeverity === 'low' : x.severity === 'low'))).toBe(true);
    expect(r.suppressions[0]!.state).toBe('active');
  });

  it('--phi-only judges only the PHI resources', async () => {
    const { report: r } = await scanJson(['examples/telehealth/', '--phi-only']);
    const names = new Set(r.findings.map((f) => f.resource.location.address));
    expect([...names].sort()).toEqual(['PatientRecordsBucket', 'VisitRecordingsBucket', 'aws_s3_bucket.lab_results', 'module.claims_archive.aws_s3_bucket.this']);
  });

  it('writes SARIF with file and line for each failure', async () => {
    const out = join(tmp(), 'r.sarif');
    const r = await phiguard(['scan', 'iac', 'examples/telehealth/', '-f', 'sarif', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/FAIL: 21 failure/);
    const sarif = JSON.parse(readFileSync(out, 'utf8'));
    const results = sarif.runs[0].results as { kind: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[];
    expect(results.filter((x) => x.kind === 'fail')).toHaveLength(56);
    expect(results.filter((x) => x.kind === 'review')).toHaveLength(5);
    expect(results.every((x) => x.locations[0]!.physicalLocation.region.startLine > 0)).toBe(true);
  });
});

describe('every output format from the CLI', () => {
  it.each([
    ['html', /^<!doctype html>/i],
    ['junit', /^<\?xml/],
    ['csv', /^"status","severity"/],
    ['ocsf', /"class_uid": ?2003/],
    ['markdown', /phiguard/],
  ])('--format %s writes the report to --output', async (format, pattern) => {
    const out = join(tmp(), `r.${format}`);
    const r = await phiguard(['scan', 'iac', 'examples/telehealth/', '-f', format, '-o', out, '-q']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toMatch(pattern);
  });

  it('--format pdf writes a PDF, and without --output is a usage error before any scanning', async () => {
    const out = join(tmp(), 'r.pdf');
    expect((await phiguard(['scan', 'iac', 'examples/telehealth/', '-f', 'pdf', '-o', out, '-q'])).code).toBe(1);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    const r = await phiguard(['scan', 'iac', 'examples/telehealth/', '-f', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('phiguard: --format pdf needs --output FILE');
  });
});

describe('phiguard scan iac PLAN.json', () => {
  it('reads a terraform show -json plan: addresses, after-apply unknowns, no invented lines', async () => {
    const plan = 'src/collect/iac/terraform/__fixtures__/plan/phi-plan.json';
    const { report } = await scanJson([plan]);
    const f = report.findings.find((x) => x.ruleId === 'aws-s3-bucket-deny-insecure-transport' && x.resource.location.address === 'aws_s3_bucket.phi')!;
    expect(f.status).toBe('not_assessed');
    expect((f as unknown as { reason: string }).reason).toMatch(/known only after apply/);
    expect(report.findings.some((x) => x.resource.location.address === 'module.archive.aws_s3_bucket.this[0]')).toBe(true);
    expect(report.findings.every((x) => x.resource.location.file === plan && x.resource.location.line === undefined)).toBe(true);
    const out = join(tmp(), 'p.sarif');
    await phiguard(['scan', 'iac', plan, '-f', 'sarif', '-o', out, '-q']);
    const results = JSON.parse(readFileSync(out, 'utf8')).runs[0].results as { locations: { physicalLocation: { region?: unknown } }[] }[];
    expect(results.length).toBeGreaterThan(0);
    expect(results.every((r) => r.locations[0]!.physicalLocation.region === undefined)).toBe(true);
  });
});

describe('bad input: one line naming the file and line or the option, exit 2, the rest scanned', () => {
  it('an unknown option', async () => {
    const r = await phiguard(['scan', 'iac', 'examples/telehealth/', '--frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phiguard: unknown option '--frobnicate'/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a bad option value', async () => {
    const r = await phiguard(['scan', 'iac', 'examples/telehealth/', '--fail-on', 'severe']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--fail-on <severity>' argument 'severe' is invalid/);
  });

  it('a missing path alone', async () => {
    const r = await phiguard(['scan', 'iac', 'no/such/dir']);
    expect(r).toMatchObject({ code: 2, stdout: '' });
    expect(r.stderr.trim()).toBe('phiguard: no/such/dir: no such file or directory');
  });

  it('a missing path beside a good one: the good one is scanned and reported', async () => {
    const r = await phiguard(['scan', 'iac', 'examples/telehealth/cloudformation', 'no/such.yaml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/LegacyExportKey/);
    expect(r.stderr).toMatch(/phiguard: no\/such\.yaml: no such file or directory/);
  });

  it('an empty directory', async () => {
    const r = await phiguard(['scan', 'iac', tmp()]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no CloudFormation, Terraform or plan files found/);
  });

  it('syntax errors in YAML, JSON and HCL, each with its line, beside good files', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'bad.yaml'), 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  B:\n    Type: AWS::S3::Bucket\n   Properties: {\n');
    writeFileSync(join(dir, 'bad.json'), '{\n  "Resources": {\n    "B": { "Type": "AWS::S3::Bucket", }\n  }\n}\n');
    mkdirSync(join(dir, 'tf'));
    writeFileSync(join(dir, 'tf', 'main.tf'), 'resource "aws_s3_bucket" "a" {\n  bucket = \n}\n');
    writeFileSync(join(dir, 'good.yaml'), 'Resources:\n  Logs:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 7\n');
    const r = await phiguard(['scan', 'iac', dir, '--no-color']);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/aws-logs-log-group-retention/);
    const errs = r.stderr.trim().split('\n');
    expect(errs).toHaveLength(3);
    expect(errs.find((l) => l.includes('bad.yaml'))).toMatch(/bad\.yaml:5: /);
    expect(errs.find((l) => l.includes('bad.json'))).toMatch(/bad\.json:3: /);
    expect(errs.find((l) => l.includes('main.tf'))).toMatch(/main\.tf:2: /);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('a YAML alias bomb is refused quickly', async () => {
    const dir = tmp();
    const rows = ['AWSTemplateFormatVersion: "2010-09-09"', 'Metadata:', '  a0: &a0 [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 10; i++) rows.push(`  a${i}: &a${i} [${Array(10).fill(`*a${i - 1}`).join(', ')}]`);
    rows.push('Resources:', '  B:', '    Type: AWS::S3::Bucket', '    Properties:', '      Tags: *a9');
    writeFileSync(join(dir, 'bomb.yaml'), rows.join('\n'));
    const r = await phiguard(['scan', 'iac', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bomb\.yaml/);
  });

  it('200 levels of nesting', async () => {
    const dir = tmp();
    let v = '"x"';
    for (let i = 0; i < 200; i++) v = `{"k": ${v}}`;
    writeFileSync(join(dir, 'deep.json'), `{"Resources": {"B": {"Type": "AWS::S3::Bucket", "Metadata": ${v}}}}`);
    const r = await phiguard(['scan', 'iac', dir, '-f', 'json']);
    expect([0, 1]).toContain(r.code);
    expect(JSON.parse(r.stdout).summary.resources).toBe(1);
  });

  it('a binary file named .tf', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'main.tf'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0, 0, 1, 2, 3]));
    const r = await phiguard(['scan', 'iac', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/main\.tf: skipped: binary file/);
  });

  it('a symlink loop ends', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'a.yaml'), 'Resources:\n  K:\n    Type: AWS::KMS::Key\n');
    symlinkSync(dir, join(dir, 'loop'));
    const r = await phiguard(['scan', 'iac', dir, '-f', 'json']);
    expect(JSON.parse(r.stdout).summary.resources).toBe(1);
  });

  it('a bad config file names the key and line', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'c.yaml'), 'suppressions:\n  - rule: aws-s3-bucket-versioning-enabled\n    resource: "*"\n');
    const r = await phiguard(['scan', 'iac', 'examples/telehealth/', '-c', join(dir, 'c.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe(`phiguard: ${join(dir, 'c.yaml')}:2: suppressions[0].reason: a suppression needs a reason`);
  });

  it('an invalid rule option names the rule and option', async () => {
    const dir = tmp();
    writeFileSync(join(dir, 'c.yaml'), 'rules:\n  aws-logs-log-group-retention:\n    options: { minRetentionDays: -5 }\n');
    const r = await phiguard(['scan', 'iac', 'examples/telehealth/', '-c', join(dir, 'c.yaml')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/rules\.aws-logs-log-group-retention\.options\.minRetentionDays: /);
  });
});

describe('phiguard rules, explain, permissions', () => {
  it('lists rules with citations, filtered by HIPAA section', async () => {
    const all = await phiguard(['rules', '--format', 'json']);
    const rules = JSON.parse(all.stdout) as { id: string; hipaa: string[] }[];
    expect(rules.length).toBeGreaterThanOrEqual(18);
    const audit = JSON.parse((await phiguard(['rules', '--hipaa', '164.312(b)', '--format', 'json'])).stdout) as { id: string; hipaa: string[] }[];
    expect(audit.length).toBeGreaterThan(0);
    expect(audit.length).toBeLessThan(rules.length);
    expect(audit.every((r) => r.hipaa.includes('164.312(b)'))).toBe(true);
    const section = JSON.parse((await phiguard(['rules', '--hipaa', '164.312', '--format', 'json'])).stdout) as { hipaa: string[] }[];
    expect(section.every((r) => r.hipaa.some((c) => c.startsWith('164.312')))).toBe(true);
    expect((await phiguard(['rules'])).stdout).toMatch(/aws-s3-bucket-kms-encryption\s+high/);
  });

  it('refuses a malformed citation', async () => {
    const r = await phiguard(['rules', '--hipaa', '312b']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/--hipaa 312b: expected a citation/);
  });

  it('explains a rule with its rationale and fixes', async () => {
    const r = await phiguard(['explain', 'aws-logs-log-group-retention']);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/164\.316\(b\)\(2\)\(i\)\s+Time limit/);
    expect(r.stdout).toMatch(/"minRetentionDays": 2192/);
    expect(r.stdout).toMatch(/AWS CLI:/);
    expect(r.stdout).toMatch(/Terraform:/);
    expect(r.stdout).toMatch(/CloudFormation:/);
  });

  it('an unknown rule is a usage error with a hint', async () => {
    const r = await phiguard(['explain', 'aws-s3-kms']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^phiguard: no rule "aws-s3-kms"/);
  });

  it('prints a read-only IAM policy', async () => {
    const r = await phiguard(['permissions', 'aws']);
    expect(r.code).toBe(0);
    const policy = JSON.parse(r.stdout) as { Statement: { Effect: string; Action: string[] }[] };
    const actions = policy.Statement.flatMap((s) => s.Action);
    expect(actions).toContain('s3:GetEncryptionConfiguration');
    // API Gateway names its actions by HTTP verb (GET reads); IAM's GenerateCredentialReport
    // only compiles the report phiguard then reads, as AWS's SecurityAudit policy allows.
    const readOnly = /^[a-z0-9-]+:(Get|List|Describe|BatchGet|GET$|GenerateCredentialReport$)/;
    expect(actions.filter((a) => !readOnly.test(a))).toEqual([]);
  });
});

describe('stores where discovery found PHI join the PHI scope of later scans', () => {
  it('a bucket in the discovery state file is judged as PHI; a malformed state file is a one-line error', async () => {
    const dir = tmp();
    const state = join(dir, 'discovered-phi.json');
    writeFileSync(
      state,
      JSON.stringify({
        version: 1,
        updatedAt: '2026-11-23T10:00:00.000Z',
        stores: [{ uri: 's3://carebridge-prod-s3-access-logs', provider: 'aws', id: 'carebridge-prod-s3-access-logs', entities: { ssn: 3 }, lastSeen: '2026-11-23T10:00:00.000Z' }],
      }),
    );
    const config = join(dir, 'c.yaml');
    writeFileSync(config, `phi:\n  discovered: ${state}\n`);
    const { report } = await scanJson(['examples/telehealth/terraform', '-c', config, '--phi-only']);
    const names = new Set(report.findings.map((f) => f.resource.location.address));
    expect(names.has('aws_s3_bucket.logs')).toBe(true);
    expect(report.findings.find((f) => f.resource.location.address === 'aws_s3_bucket.logs' && f.ruleId === 'aws-cloudtrail-s3-data-events-phi-buckets')).toBeDefined();

    writeFileSync(state, '{"version": 7}');
    const bad = await phiguard(['scan', 'iac', 'examples/telehealth/terraform', '-c', config]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toMatch(/discovered-phi\.json: not a phiguard discovery state file/);
  });
});

describe('PHI scope raises severity', () => {
  it('a failure on a PHI resource is one level higher than the rule, which is kept as baseSeverity', async () => {
    const { report } = await scanJson(['examples/telehealth/']);
    const phi = report.findings.find((f) => f.ruleId === 'aws-s3-bucket-kms-encryption' && f.resource.location.address === 'aws_s3_bucket.lab_results') as Finding & { baseSeverity?: string };
    const plain = report.findings.find((f) => f.ruleId === 'aws-s3-bucket-kms-encryption' && f.resource.location.address === 'aws_s3_bucket.logs') as Finding & { baseSeverity?: string };
    expect([phi.severity, phi.baseSeverity]).toEqual(['critical', 'high']);
    expect([plain.severity, plain.baseSeverity]).toEqual(['high', undefined]);
  });
});
