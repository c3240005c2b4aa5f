import { iacRef, isIacRef } from '../../../model/refs.js';
import { isUnknown, unknown } from '../../../model/unknown.js';
import type { InputProblem } from '../../../util/errors.js';
import { type CollectResult, emptyResult } from '../../types.js';
import { IAC_LIMITS } from '../limits.js';
import { buildResources, MAPPED_TYPES } from './build.js';
import type { Attrs, Declared } from './types.js';

/**
 * `terraform show -json plan.out`. Values come from `planned_values`; what Terraform will
 * only know after apply is absent there and marked in `resource_changes[].change.after_unknown`.
 * Such a value that the configuration wrote as a reference to another resource
 * (`kms_master_key_id = aws_kms_key.phi.arn`) becomes that resource's reference token.
 */

interface PlanResource {
  address?: string;
  mode?: string;
  type?: string;
  name?: string;
  values?: Attrs;
}

interface PlanModule {
  address?: string;
  resources?: PlanResource[];
  child_modules?: PlanModule[];
}

interface ConfigModule {
  resources?: { address?: string; expressions?: Attrs }[];
  module_calls?: Record<string, { module?: ConfigModule }>;
}

interface Plan {
  planned_values?: { root_module?: PlanModule };
  resource_changes?: { address?: string; change?: { after_unknown?: unknown } }[];
  configuration?: { root_module?: ConfigModule };
}

const AFTER_APPLY = 'known only after apply';

/** v3 inline bucket settings that v4/v5 still report as computed values; read only when written. */
const S3_LEGACY = [
  'server_side_encryption_configuration',
  'versioning',
  'logging',
  'acl',
  'grant',
  'policy',
  'lifecycle_rule',
  'replication_configuration',
  'object_lock_configuration',
];

/**
 * Arguments the provider computes when the configuration leaves them out, where the value it
 * computes is AWS's default (the key policy, a generated name). Not written, they are read as
 * absent, so the adapters settle the same defaults as for HCL.
 */
const COMPUTED_WHEN_OMITTED: Record<string, string[]> = {
  aws_s3_bucket: ['bucket', 'object_lock_enabled'],
  aws_kms_key: ['policy'],
  aws_cloudwatch_log_group: ['name'],
  // azurerm blocks Azure fills in when left out; left out, they mean Azure's default.
  azurerm_storage_account: ['network_rules'],
  azurerm_key_vault: ['network_acls'],
  azurerm_cosmosdb_account: ['backup'],
};

/** Identifiers a plan may already know for a resource (an existing one), beside its token. */
const IDENTITY: Record<string, string[]> = {
  aws_s3_bucket: ['bucket', 'arn', 'id'],
  aws_kms_key: ['arn', 'key_id', 'id'],
  aws_cloudtrail: ['arn', 'name', 'id'],
  aws_cloudwatch_log_group: ['arn', 'name', 'id'],
  azurerm_storage_account: ['id', 'name'],
  azurerm_mssql_server: ['id'],
};

/**
 * Arguments that hold another resource's identifier. Plan JSON gives only an expression's
 * references, not its text: `aws_s3_bucket.b.arn` and `jsonencode({… "${aws_s3_bucket.b.arn}/*" …})`
 * list the same ones, so only an argument that is an identifier may become the token.
 */
const IDENTIFIER_ARGS = new Set([
  'bucket',
  'target_bucket',
  's3_bucket_name',
  'kms_key_id',
  'kms_master_key_id',
  'key_id',
  'target_key_id',
  'cloud_watch_logs_group_arn',
  'storage_account_id',
  'server_id',
]);

const NOT_RESOURCES = new Set(['var', 'local', 'module', 'data', 'count', 'each', 'path', 'terraform', 'self']);

export function looksLikeTerraformPlan(text: string): boolean {
  return /^\s*\{/.test(text) && text.includes('"format_version"') && text.includes('"planned_values"');
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function jsonProblem(file: string, text: string, err: unknown): InputProblem {
  const message = err instanceof Error ? err.message : String(err);
  const pos = /position (\d+)/.exec(message);
  if (!pos) return { source: file, message: `invalid JSON: ${message}` };
  const before = text.slice(0, Number(pos[1]));
  const line = before.split('\n').length;
  return { source: file, line, column: before.length - before.lastIndexOf('\n'), message: `invalid JSON: ${message}` };
}

/** `module.a[0].module.b` → the configuration of module call `a`, then `b`. */
function configModule(root: ConfigModule | undefined, moduleAddress: string): ConfigModule | undefined {
  let cur = root;
  for (const m of moduleAddress.matchAll(/module\.([A-Za-z_][A-Za-z0-9_-]*)/g)) cur = cur?.module_calls?.[m[1]!]?.module;
  return cur;
}

function containsTrue(marker: unknown, depth = 0): boolean {
  if (marker === true) return true;
  if (depth > IAC_LIMITS.maxDepth) return false;
  if (Array.isArray(marker)) return marker.some((m) => containsTrue(m, depth + 1));
  return isRecord(marker) && Object.values(marker).some((m) => containsTrue(m, depth + 1));
}

/**
 * The token a configuration expression stands for, when it names exactly one resource
 * instance of the same module and nothing else (a variable, a data source, `count.index`).
 */
function referenceToken(expr: unknown, scope: string, declared: ReadonlySet<string>): string | undefined {
  if (!isRecord(expr) || !Array.isArray(expr.references)) return undefined;
  let base: string | undefined;
  let index: string | undefined;
  for (const ref of expr.references) {
    if (typeof ref !== 'string') return undefined;
    const m = /^([A-Za-z_][A-Za-z0-9_-]*)\.([A-Za-z_][A-Za-z0-9_-]*)(\[[^\]]+\])?/.exec(ref);
    if (!m || NOT_RESOURCES.has(m[1]!)) return undefined;
    const b = `${m[1]}.${m[2]}`;
    if (base !== undefined && base !== b) return undefined;
    base = b;
    if (m[3] !== undefined) {
      if (index !== undefined && index !== m[3]) return undefined;
      index = m[3];
    }
  }
  if (base === undefined) return undefined;
  const address = index === undefined ? base : `${base}${index}`;
  return declared.has(address) ? iacRef(scope, address) : undefined;
}

/** Puts an unknown (or the reference token) wherever `after_unknown` marks a value. */
function overlay(value: unknown, marker: unknown, expr: unknown, key: string, token: (expr: unknown) => string | undefined, depth = 0): unknown {
  if (depth > IAC_LIMITS.maxDepth) return unknown('value nests too deeply to read');
  if (!containsTrue(marker)) return value;
  if (marker === true) return (IDENTIFIER_ARGS.has(key) ? token(expr) : undefined) ?? unknown(AFTER_APPLY);
  if (Array.isArray(marker)) {
    const out = Array.isArray(value) ? [...(value as unknown[])] : [];
    marker.forEach((m, i) => {
      out[i] = overlay(out[i], m, Array.isArray(expr) ? expr[i] : undefined, key, token, depth + 1);
    });
    return out;
  }
  const out: Record<string, unknown> = isRecord(value) ? { ...value } : {};
  for (const [k, m] of Object.entries(marker as Record<string, unknown>)) {
    out[k] = overlay(out[k], m, isRecord(expr) ? expr[k] : undefined, k, token, depth + 1);
  }
  return out;
}

function extraRefs(type: string, attrs: Attrs): string[] {
  const out: string[] = [];
  for (const k of IDENTITY[type] ?? []) {
    const v = attrs[k];
    if (typeof v === 'string' && v !== '' && !isIacRef(v)) out.push(v);
  }
  if (type === 'aws_cloudwatch_log_group' && typeof attrs.arn === 'string' && !attrs.arn.endsWith(':*')) out.push(`${attrs.arn}:*`);
  return out;
}

export function parseTerraformPlan(file: string, text: string): CollectResult {
  const result = emptyResult();
  if (text.length > IAC_LIMITS.maxFileBytes) {
    result.problems.push({ source: file, message: `file larger than ${IAC_LIMITS.maxFileBytes} bytes; skipped` });
    return result;
  }
  let plan: Plan;
  try {
    plan = JSON.parse(text) as Plan;
  } catch (err) {
    result.problems.push(jsonProblem(file, text, err));
    return result;
  }
  const root = isRecord(plan) && isRecord(plan.planned_values) ? plan.planned_values.root_module : undefined;
  if (!isRecord(root)) {
    result.problems.push({ source: file, message: 'Terraform plan has no planned_values.root_module' });
    return result;
  }
  const unknowns = new Map<string, unknown>();
  for (const rc of Array.isArray(plan.resource_changes) ? plan.resource_changes : []) {
    if (typeof rc?.address === 'string') unknowns.set(rc.address, rc.change?.after_unknown);
  }
  const config = isRecord(plan.configuration) ? plan.configuration.root_module : undefined;
  const declared: Declared[] = [];

  const walk = (mod: PlanModule, depth: number): void => {
    if (depth > IAC_LIMITS.maxDepth) return;
    const moduleAddress = typeof mod.address === 'string' ? mod.address : '';
    const scope = moduleAddress ? `${file}::${moduleAddress}` : file;
    const prefix = moduleAddress ? `${moduleAddress}.` : '';
    const resources = Array.isArray(mod.resources) ? mod.resources.filter(isRecord) : [];
    const local = (r: PlanResource) => (r.address ?? '').slice(prefix.length);
    const present = new Set(resources.filter((r) => r.mode === 'managed').map(local));
    const cfg = configModule(config, moduleAddress);
    const cfgByAddress = new Map((cfg?.resources ?? []).filter(isRecord).map((r) => [r.address, r.expressions]));
    for (const r of resources) {
      if (r.mode !== 'managed' || typeof r.type !== 'string' || typeof r.address !== 'string' || !MAPPED_TYPES.has(r.type)) continue;
      const expressions = cfgByAddress.get(`${r.type}.${r.name}`);
      const token = (expr: unknown) => referenceToken(expr, scope, present);
      const attrs = overlay(isRecord(r.values) ? r.values : {}, unknowns.get(r.address), expressions, '', token) as Attrs;
      if (isRecord(expressions)) {
        for (const k of COMPUTED_WHEN_OMITTED[r.type] ?? []) if (!(k in expressions) && isUnknown(attrs[k])) delete attrs[k];
        if (r.type === 'aws_s3_bucket') for (const k of S3_LEGACY) if (!(k in expressions)) delete attrs[k];
      }
      const d: Declared = {
        tfType: r.type,
        address: r.address,
        localAddress: local(r),
        scope,
        id: `${file}#${r.address}`,
        origin: { kind: 'iac', format: 'terraform-plan', file, address: r.address },
        attrs,
        extraRefs: extraRefs(r.type, attrs),
      };
      declared.push(d);
    }
    for (const child of Array.isArray(mod.child_modules) ? mod.child_modules : []) if (isRecord(child)) walk(child, depth + 1);
  };
  walk(root, 0);
  result.resources.push(...buildResources(declared));
  return result;
}
