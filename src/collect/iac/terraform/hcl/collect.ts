import type { IacOrigin } from '../../../../model/origin.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import type { Ctx, Env } from './evaluate.js';
import { instanceSuffix, type ModuleInstance, providerName } from './instance.js';
import type { Body, ResourceBlock } from './load.js';
import { finalize, isObject, type Val, type ValObject } from './values.js';

/** Meta-arguments Terraform reads itself; they are not settings of the resource. */
const META = new Set(['count', 'for_each', 'provider', 'depends_on', 'lifecycle', 'provisioner', 'connection']);

function isBody(v: unknown): v is Body {
  return !!v && typeof v === 'object' && !Array.isArray(v);
}

function iteratorName(raw: unknown, label: string): string {
  return typeof raw === 'string' ? providerName(raw) : label;
}

/** `dynamic "label" { for_each iterator content {…} }` → the blocks it stands for. */
function expandDynamic(spec: unknown, ctx: Ctx, inst: ModuleInstance, out: ValObject): void {
  if (!isBody(spec)) return;
  for (const [label, list] of Object.entries(spec)) {
    for (const d of Array.isArray(list) ? list : [list]) {
      if (!isBody(d)) continue;
      const content = Array.isArray(d.content) ? d.content[0] : d.content;
      const it = iteratorName(d.iterator, label);
      const each = inst.run.evaluator.raw(d.for_each, ctx);
      let pairs: [Val, Val][];
      if (isUnknown(each)) {
        out[label] = unknown(`dynamic "${label}" blocks are not determinable: ${each.$unknown}`);
        continue;
      }
      if (Array.isArray(each)) pairs = each.map((v, i) => [i, v]);
      else if (isObject(each)) pairs = Object.keys(each).sort().map((k) => [k, each[k] as Val]);
      else {
        out[label] = unknown(`dynamic "${label}": for_each is not a collection`);
        continue;
      }
      const prev = out[label];
      if (isUnknown(prev)) continue;
      const blocks = Array.isArray(prev) ? prev : [];
      for (const [key, value] of pairs) {
        blocks.push(evalBody(isBody(content) ? content : {}, { ...ctx, env: { ...ctx.env, [it]: { key, value } } }, inst, false));
      }
      out[label] = blocks;
    }
  }
}

/** A resource body with its expressions evaluated; blocks stay arrays of objects. */
function evalBody(body: Body, ctx: Ctx, inst: ModuleInstance, top: boolean): ValObject {
  const out: ValObject = {};
  for (const [k, v] of Object.entries(body)) {
    if (top && META.has(k)) continue;
    if (k === 'dynamic') {
      expandDynamic(v, ctx, inst, out);
      continue;
    }
    const prev = out[k];
    const val = Array.isArray(v) ? v.map((x) => (isBody(x) ? evalBody(x, ctx, inst, false) : inst.run.evaluator.raw(x, ctx))) : inst.run.evaluator.raw(v, ctx);
    // Static blocks after dynamic ones of the same name add to them.
    out[k] = Array.isArray(prev) && Array.isArray(val) ? [...prev, ...val] : isUnknown(prev) ? prev : val;
  }
  return out;
}

/** Provider `default_tags` under the resource's own `tags`, as the AWS provider merges them. */
function tagsAll(inst: ModuleInstance, body: Body, tags: Val | undefined): Val | undefined {
  const provider = typeof body.provider === 'string' ? providerName(body.provider) : 'aws';
  const defaults = inst.defaultTags(provider);
  if (defaults === undefined) return tags;
  if (isUnknown(defaults)) return unknown(`provider default_tags: ${defaults.$unknown}`);
  if (!isObject(defaults)) return unknown('provider default_tags is not a map');
  if (tags === undefined || tags === null) return defaults;
  if (isUnknown(tags)) return tags;
  if (!isObject(tags)) return unknown('tags is not a map');
  return { ...defaults, ...tags };
}

function declare(inst: ModuleInstance, block: ResourceBlock, localAddress: string, env: Env, unknownReason?: string): Declared {
  const attrs = evalBody(block.body, inst.ctx(env), inst, true);
  if (block.type.startsWith('aws_')) {
    const all = tagsAll(inst, block.body, attrs.tags);
    if (all !== undefined) attrs.tags_all = all;
  }
  const address = inst.address ? `${inst.address}.${localAddress}` : localAddress;
  const origin: IacOrigin = { kind: 'iac', format: 'terraform', file: block.at.file, address };
  if (block.at.line !== undefined) origin.line = block.at.line;
  if (block.at.column !== undefined) origin.column = block.at.column;
  const d: Declared = {
    tfType: block.type,
    address,
    localAddress,
    scope: inst.scope,
    id: `${inst.run.rootDir}#${address}`,
    origin,
    attrs: finalize(attrs) as Record<string, unknown>,
  };
  if (unknownReason) d.unknownReason = unknownReason;
  return d;
}

/** Every instance of every resource of the mapped types, through all module instances. */
export function collectDeclared(root: ModuleInstance, mapped: ReadonlySet<string>): Declared[] {
  const out: Declared[] = [];
  const walk = (inst: ModuleInstance): void => {
    for (const [address, block] of inst.node.mod.resources) {
      if (!mapped.has(block.type)) continue;
      const exp = inst.expansion(address);
      const reason = inst.unknownReason;
      if (exp.kind === 'single') out.push(declare(inst, block, address, {}, reason));
      else if (exp.kind === 'count') {
        for (let i = 0; i < exp.count; i++) out.push(declare(inst, block, address + instanceSuffix(i), { count: { index: i } }, reason));
      } else if (exp.kind === 'for_each') {
        for (const [k, v] of exp.entries) out.push(declare(inst, block, address + instanceSuffix(k), { each: { key: k, value: v } }, reason));
      } else {
        const u = exp.reason;
        out.push(declare(inst, block, address, { count: { index: u }, each: { key: u, value: u } }, reason ?? u.$unknown));
      }
    }
    for (const name of inst.node.children.keys()) {
      for (const child of inst.children(name).instances.values()) walk(child);
    }
  };
  walk(root);
  return out;
}
