import type { AnyResource, PropsByType, Resource, ResourceType } from '../../../../model/resource.js';
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
  /** What ids are scoped to: the file, or for a nested stack `parent.yaml#Stack>child.yaml`. */
  scope?: string;
  /** The reference token of a resource of this template. */
  token(logicalId: string): string;
}

/**
 * A CloudFormation type that is not a model resource of its own but configures one (a
 * bucket policy, a key alias, a security group ingress rule): it is joined into the
 * resource it names once every resource of the template is adapted.
 */
export interface CfnJoin<T extends ResourceType = ResourceType> {
  /** The CloudFormation type that configures another, `AWS::S3::BucketPolicy`. */
  type: string;
  /** The model type of the resource it configures. */
  target: T;
  /** The property that names the target: `Bucket`, `TargetKeyId`. Its value is a token or a physical name, or a list of them. */
  via: string;
  /**
   * Changes the target. `exists` is false-free: a joined resource whose condition is false
   * never reaches here; unknown means it exists only under an undecidable condition.
   */
  attach(joined: TemplateResource, target: Resource<T>, ctx: AdapterContext, exists: Known<boolean>): void;
}

/** A typed join, stored with the others. */
export function join<T extends ResourceType>(j: CfnJoin<T>): CfnJoin {
  return j as unknown as CfnJoin;
}

/** One service family's part of the CloudFormation collector. */
export interface CfnFamily {
  /** The model types its adapters produce. */
  types: readonly ResourceType[];
  /** CloudFormation type → adapter; several CloudFormation types may produce one model type. */
  adapters: readonly (readonly [string, (res: TemplateResource, ctx: AdapterContext) => AnyResource])[];
  joins?: readonly CfnJoin[];
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
    id: `${ctx.scope ?? ctx.file}#${res.logicalId}`,
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
 * The resources of one template by type and by every name they answer to (reference token,
 * literal physical name), for the joins.
 */
export class JoinIndex {
  private readonly byType = new Map<ResourceType, Map<string, AnyResource>>();

  add(resource: AnyResource): void {
    let names = this.byType.get(resource.type);
    if (!names) this.byType.set(resource.type, (names = new Map()));
    for (const ref of resource.refs ?? []) if (!names.has(ref)) names.set(ref, resource);
  }

  get<T extends ResourceType>(type: T, ref: unknown): Resource<T> | undefined {
    if (typeof ref !== 'string') return undefined;
    return this.byType.get(type)?.get(ref) as Resource<T> | undefined;
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
