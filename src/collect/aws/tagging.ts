import { GetResourcesCommand, type ResourceTagMapping } from '@aws-sdk/client-resource-groups-tagging-api';
import type { TaggedResourceProps } from '../../model/aws/tagging.js';
import { type AwsContext, type ServiceCollector, tagRecord } from './context.js';

/**
 * Every tagged resource of the account, of every service, through the Resource Groups
 * Tagging API: one paginated call per region instead of one collector per service, so
 * account-wide rules see services phiguard does not model. The API returns only resources
 * that carry (or once carried) a tag; a resource never tagged is invisible to it.
 */
const TYPE = 'AWS::ResourceGroupsTaggingAPI::Resource';

const permissions = {
  'tag:GetResources': 'tag:GetResources',
};

/** Where the Tagging API lists a partition's global resources (IAM, CloudFront, Route 53). */
const GLOBAL_REGION: Record<string, string> = { aws: 'us-east-1', 'aws-us-gov': 'us-gov-west-1', 'aws-cn': 'cn-north-1' };

export const taggingCollector: ServiceCollector = {
  service: 'tag',
  types: [TYPE],
  permissions,
  collect: async (ctx) => {
    const globalRegion = GLOBAL_REGION[ctx.partition];
    if (globalRegion && !ctx.scope.regions.includes(globalRegion)) {
      ctx.notListed(TYPE, `global resources (IAM, CloudFront, Route 53) are tagged in ${globalRegion}, which was not scanned`);
    }
    // Global resources can answer in more than one region; each is reported once.
    const seen = new Set<string>();
    await ctx.forEachRegion((region) => collectRegion(ctx, region, seen));
  },
};

async function collectRegion(ctx: AwsContext, region: string, seen: Set<string>): Promise<void> {
  const listing = await ctx.list(
    'tag',
    region,
    // 100 is the API's largest page.
    (PaginationToken) => new GetResourcesCommand({ ResourcesPerPage: 100, PaginationToken }),
    (out) => out.ResourceTagMappingList,
    // The last page answers an empty token rather than none.
    (out) => out.PaginationToken || undefined,
  );
  ctx.listed(TYPE, 'tag', region, listing.failure);
  for (const mapping of listing.items) {
    const arn = mapping.ResourceARN;
    if (!arn || seen.has(arn)) continue;
    seen.add(arn);
    add(ctx, arn, mapping, listing.calls);
  }
}

function add(ctx: AwsContext, arn: string, mapping: ResourceTagMapping, calls: string[]): void {
  const parsed = parseArn(arn);
  if (!parsed) {
    ctx.problem('tag', '*', `tag:GetResources returned a malformed ARN, skipped: ${arn}`);
    return;
  }
  const props: TaggedResourceProps = {
    arn,
    service: parsed.service,
    resourceType: parsed.resourceType,
    cloudFormationType: null,
  };
  ctx.add({
    provider: 'aws',
    type: TYPE,
    id: arn,
    name: parsed.name,
    account: parsed.account || ctx.account,
    region: parsed.region || 'global',
    tags: tagRecord(mapping.Tags, (t) => t.Key, (t) => t.Value),
    props,
    origin: { kind: 'live', calls },
    refs: [arn],
  });
}

export interface ParsedArn {
  service: string;
  region: string;
  account: string;
  resourceType: string | null;
  name: string;
}

/**
 * `arn:partition:service:region:account:resource`, where the resource is `type/id`,
 * `type:id`, `/type/id` (API Gateway) or a bare id (S3 bucket, SNS topic, SQS queue).
 */
export function parseArn(arn: string): ParsedArn | undefined {
  const parts = arn.split(':');
  if (parts.length < 6 || parts[0] !== 'arn' || !parts[2]) return undefined;
  const [, , service, region, account] = parts as [string, string, string, string, string];
  const resource = parts.slice(5).join(':');
  const m = /^\/?([^/:]+)[/:](.+)$/.exec(resource);
  return {
    service,
    region,
    account,
    resourceType: m ? m[1]! : null,
    name: m ? m[2]! : resource,
  };
}
