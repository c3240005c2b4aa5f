import type { PropsByType, Resource, ResourceType } from '../../../../model/resource.js';
import { type Known, unknown } from '../../../../model/unknown.js';
import type { Position } from '../lines.js';

/** One resource of the template after its Properties went through the resolver. */
export interface TemplateResource {
  logicalId: string;
  type: string;
  /** Resolved `Properties`: a mapping, or unknown when the whole block is. */
  properties: unknown;
  position: Position | undefined;
}

export interface AdapterContext {
  /** The template path as the user gave it. */
  file: string;
  /** The reference token of a resource of this template. */
  token(logicalId: string): string;
}

/** The parts every adapter decides; the rest is the same for every CloudFormation resource. */
export interface Built<T extends ResourceType> {
  type: T;
  name: string;
  props: PropsByType[T];
  tags: Known<Record<string, string>>;
  refs: string[];
}

export function iacResource<T extends ResourceType>(
  res: TemplateResource,
  ctx: AdapterContext,
  built: Built<T>,
): Resource<T> & { refs: string[] } {
  return {
    provider: 'aws',
    type: built.type,
    id: `${ctx.file}#${res.logicalId}`,
    name: built.name,
    account: unknown('not declared in the template'),
    region: unknown('not declared in the template'),
    tags: built.tags,
    props: built.props,
    origin: {
      kind: 'iac',
      format: 'cloudformation',
      file: ctx.file,
      ...(res.position ? { line: res.position.line, column: res.position.column } : {}),
      address: res.logicalId,
    },
    refs: built.refs,
  };
}

/**
 * Resources of one type by logical id and literal name, for the joins. A join target is
 * written as a reference (a token) or as a physical name; keying by logical id rather than
 * by every ref keeps this to one cheap lookup per join.
 */
export class JoinIndex<T extends ResourceType> {
  private readonly byId = new Map<string, Resource<T>>();
  private readonly byName = new Map<string, Resource<T>>();

  constructor(private readonly tokenPrefix: string) {}

  add(logicalId: string, resource: Resource<T>, name?: Known<string>): void {
    this.byId.set(logicalId, resource);
    if (typeof name === 'string' && !this.byName.has(name)) this.byName.set(name, resource);
  }

  get(ref: unknown): Resource<T> | undefined {
    if (typeof ref !== 'string') return undefined;
    if (ref.startsWith(this.tokenPrefix)) return this.byId.get(ref.slice(this.tokenPrefix.length));
    return this.byName.get(ref);
  }
}

/**
 * The display name and the names a resource answers to, when the template may give its
 * physical name (BucketName, TrailName, LogGroupName): the literal name if there is one,
 * else the logical id; always its reference token.
 */
export function namedIdentity(
  res: TemplateResource,
  ctx: AdapterContext,
  declared: Known<string> | undefined,
): { name: string; literal: string | undefined; refs: string[] } {
  const literal = typeof declared === 'string' ? declared : undefined;
  const token = ctx.token(res.logicalId);
  return { name: literal ?? res.logicalId, literal, refs: literal ? [token, literal] : [token] };
}
