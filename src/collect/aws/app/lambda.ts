import {
  type FunctionConfiguration,
  type FunctionUrlConfig,
  GetFunctionConcurrencyCommand,
  GetPolicyCommand,
  ListFunctionsCommand,
  ListFunctionUrlConfigsCommand,
  ListTagsCommand,
} from '@aws-sdk/client-lambda';
import type { LambdaFunctionProps, LambdaFunctionUrl } from '../../../model/aws/app-lambda.js';
import { normalizePolicy } from '../../../model/aws/policy.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector } from '../context.js';

/**
 * Lambda functions: ListFunctions carries the settings (VPC, KMS key, DLQ, environment);
 * the resource policy, reserved concurrency, URLs and tags take one call each.
 */
const permissions = {
  'lambda:ListFunctions': 'lambda:ListFunctions',
  'lambda:GetPolicy': 'lambda:GetPolicy',
  'lambda:GetFunctionConcurrency': 'lambda:GetFunctionConcurrency',
  'lambda:ListFunctionUrlConfigs': 'lambda:ListFunctionUrlConfigs',
  'lambda:ListTags': 'lambda:ListTags',
};

export const lambdaCollector: ServiceCollector = {
  service: 'lambda',
  types: ['AWS::Lambda::Function'],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'lambda',
    region,
    (Marker) => new ListFunctionsCommand({ MaxItems: 50, Marker }),
    (out) => out.Functions,
    (out) => out.NextMarker,
  );
  ctx.listed('AWS::Lambda::Function', 'lambda', region, listing.failure);
  await ctx.forEach(listing.items, (fn) => collectFunction(ctx, region, fn, listing.calls));
}

/**
 * Only the names of the variables are kept. When Lambda could not decrypt them for the
 * caller (no kms:Decrypt on a customer key) it returns an error in their place.
 */
function variableNames(fn: FunctionConfiguration): Known<string[]> {
  const env = fn.Environment;
  if (!env) return [];
  if (env.Error) return unknown(`environment variables not readable: ${env.Error.ErrorCode ?? 'error'}`);
  return Object.keys(env.Variables ?? {}).sort();
}

function vpcOf(fn: FunctionConfiguration): LambdaFunctionProps['vpcConfig'] {
  // Functions outside a VPC come back with an empty VpcConfig, or none.
  const subnets = fn.VpcConfig?.SubnetIds ?? [];
  if (subnets.length === 0) return null;
  return { subnetIds: [...subnets], securityGroupIds: [...(fn.VpcConfig?.SecurityGroupIds ?? [])] };
}

function urlOf(url: FunctionUrlConfig): LambdaFunctionUrl {
  const auth = url.AuthType;
  // The URL's FunctionArn ends in `:alias` when it points at an alias.
  const qualifier = /:function:[^:]+:([^:]+)$/.exec(url.FunctionArn ?? '')?.[1] ?? null;
  return { authType: auth === 'AWS_IAM' || auth === 'NONE' ? auth : unknown(`unrecognised AuthType ${String(auth)}`), qualifier };
}

async function collectFunction(ctx: AwsContext, region: string, fn: FunctionConfiguration, listCalls: string[]): Promise<void> {
  const name = fn.FunctionName;
  if (!name) return;
  const arn = fn.FunctionArn ?? `arn:${ctx.partition}:lambda:${region}:${ctx.account}:function:${name}`;
  const [policy, concurrency, urls, tagging] = await Promise.all([
    ctx.call('lambda', region, new GetPolicyCommand({ FunctionName: arn })),
    ctx.call('lambda', region, new GetFunctionConcurrencyCommand({ FunctionName: arn })),
    ctx.list(
      'lambda',
      region,
      (Marker) => new ListFunctionUrlConfigsCommand({ FunctionName: arn, Marker }),
      (out) => out.FunctionUrlConfigs,
      (out) => out.NextMarker,
    ),
    ctx.call('lambda', region, new ListTagsCommand({ Resource: arn })),
  ]);
  // Deleted between the listing and now. (GetPolicy answers ResourceNotFound for a
  // function without a policy too, so it cannot tell.)
  if (!concurrency.ok && concurrency.failure.code === 'ResourceNotFoundException') return;
  const props: LambdaFunctionProps = {
    functionName: name,
    role: fn.Role ?? unknown('lambda:ListFunctions returned no Role'),
    environmentVariableNames: variableNames(fn),
    kmsKeyArn: fn.KMSKeyArn ?? null,
    vpcConfig: vpcOf(fn),
    reservedConcurrency: known(concurrency, (out) => out.ReservedConcurrentExecutions ?? null),
    deadLetterTargetArn: fn.DeadLetterConfig?.TargetArn ?? null,
    policy: known(policy, (out) => normalizePolicy(out.Policy), { ResourceNotFoundException: null }),
    functionUrls: urls.failure ? unknown(urls.failure.reason) : urls.items.map(urlOf),
  };
  ctx.add({
    provider: 'aws',
    type: 'AWS::Lambda::Function',
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: known(tagging, (out) => ({ ...out.Tags })),
    props,
    origin: { kind: 'live', calls: [...new Set([...listCalls, policy.call, concurrency.call, ...urls.calls, tagging.call])] },
    refs: [arn, name],
  });
}
