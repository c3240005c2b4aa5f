import type { Tag } from '@aws-sdk/client-ec2';
import type { AnyResource, PropsByType, Resource, ResourceType } from '../../../model/resource.js';
import { type AwsContext, tagRecord } from '../context.js';

/** `arn:aws:ec2:us-east-1:111122223333:security-group/sg-…`. */
export function ec2Arn(ctx: AwsContext, region: string, kind: string, id: string): string {
  return `arn:${ctx.partition}:ec2:${region}:${ctx.account}:${kind}/${id}`;
}

export function ec2Tags(tags: Tag[] | undefined): Record<string, string> {
  return tagRecord(tags, (t) => t.Key, (t) => t.Value);
}

/** The name people give EC2 resources: the `Name` tag, else the id. */
export function displayName(tags: Record<string, string>, id: string): string {
  return tags.Name && tags.Name.trim() !== '' ? `${tags.Name} (${id})` : id;
}

/** Adds one EC2 resource with the identity every EC2 listing gives the same way. */
export function addEc2<T extends ResourceType>(
  ctx: AwsContext,
  region: string,
  r: { type: T; kind: string; id: string; tags: Tag[] | undefined; calls: string[]; props: PropsByType[T]; arn?: string },
): void {
  const tags = ec2Tags(r.tags);
  const arn = r.arn ?? ec2Arn(ctx, region, r.kind, r.id);
  const resource: Resource<T> = {
    provider: 'aws',
    type: r.type,
    id: arn,
    name: displayName(tags, r.id),
    account: ctx.account,
    region,
    tags,
    props: r.props,
    origin: { kind: 'live', calls: [...new Set(r.calls)] },
    refs: [r.id, arn],
  };
  ctx.add(resource as unknown as AnyResource);
}

/**
 * Says so when a listing that only adds to another resource (flow logs to VPCs, SSM to
 * instances) stopped early: the props it feeds are unknown, and the user should know why.
 */
export function joinProblem(ctx: AwsContext, service: string, region: string, what: string, failure: { reason: string; message: string } | undefined): void {
  if (failure) ctx.problem(service, region, `${what} not read: ${failure.reason} (${failure.message})`);
}
