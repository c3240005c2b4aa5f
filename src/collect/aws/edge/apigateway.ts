import {
  type DomainName,
  GetDomainNamesCommand,
  GetResourcesCommand,
  GetRestApisCommand,
  GetStagesCommand,
  type MethodSetting,
  type RestApi,
  type Stage,
} from '@aws-sdk/client-api-gateway';
import type { ApigwMethod, ApigwMethodSetting } from '../../../model/aws/edge-api.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector } from '../context.js';
import { dedupe } from './shared.js';

/**
 * REST APIs (their methods' request validators, read in one GetResources call per API with
 * the methods embedded), their stages, and custom domain names. API Gateway's own listings
 * carry the tags, so no tagging call is needed.
 */
const permissions = {
  'apigateway:GetRestApis': 'apigateway:GET',
  'apigateway:GetResources': 'apigateway:GET',
  'apigateway:GetStages': 'apigateway:GET',
  'apigateway:GetDomainNames': 'apigateway:GET',
};

const API = 'AWS::ApiGateway::RestApi';
const STAGE = 'AWS::ApiGateway::Stage';
const DOMAIN = 'AWS::ApiGateway::DomainName';

export const apigatewayCollector: ServiceCollector = {
  service: 'apigateway',
  types: [API, STAGE, DOMAIN],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

const apiArn = (ctx: AwsContext, region: string, id: string) => `arn:${ctx.partition}:apigateway:${region}::/restapis/${id}`;

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const [apis, domains] = await Promise.all([
    ctx.list('apigateway', region, (position) => new GetRestApisCommand({ limit: 500, position }), (o) => o.items, (o) => o.position),
    ctx.list('apigateway', region, (position) => new GetDomainNamesCommand({ limit: 500, position }), (o) => o.items, (o) => o.position),
  ]);
  ctx.listed(API, 'apigateway', region, apis.failure);
  ctx.listed(DOMAIN, 'apigateway', region, domains.failure);
  // Stages are listed per API: a partial API list is a partial stage list.
  ctx.listed(STAGE, 'apigateway', region, apis.failure);
  await ctx.forEach(apis.items, (api) => collectApi(ctx, region, api, apis.calls));
  for (const d of domains.items) addDomain(ctx, region, d, domains.calls);
}

async function collectApi(ctx: AwsContext, region: string, api: RestApi, listCalls: string[]): Promise<void> {
  const id = api.id;
  if (!id) return;
  const [resources, stages] = await Promise.all([
    ctx.list(
      'apigateway',
      region,
      (position) => new GetResourcesCommand({ restApiId: id, embed: ['methods'], limit: 500, position }),
      (o) => o.items,
      (o) => o.position,
    ),
    ctx.call('apigateway', region, new GetStagesCommand({ restApiId: id })),
  ]);
  // Deleted between the listing and now.
  if (resources.failure?.code === 'NotFoundException') return;
  const methods: Known<ApigwMethod[]> = resources.failure
    ? unknown(resources.failure.reason)
    : resources.items.flatMap((r) =>
        Object.entries(r.resourceMethods ?? {}).map(([verb, m]) => ({
          name: `${verb} ${r.path ?? r.id ?? ''}`,
          httpMethod: m.httpMethod ?? verb,
          requestValidatorId: m.requestValidatorId ?? null,
        })),
      );
  const arn = apiArn(ctx, region, id);
  const name = api.name ?? id;
  ctx.add({
    provider: 'aws',
    type: API,
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: { ...api.tags },
    props: {
      name,
      endpointTypes: api.endpointConfiguration?.types ?? unknown('apigateway:GetRestApis returned no endpointConfiguration'),
      methods,
    },
    origin: { kind: 'live', calls: dedupe([...listCalls, ...resources.calls]) },
    refs: dedupe([arn, id]),
  });
  if (!stages.ok) {
    if (stages.failure.code !== 'NotFoundException') ctx.listed(STAGE, 'apigateway', region, stages.failure);
    return;
  }
  for (const s of stages.value.item ?? []) addStage(ctx, region, id, s, [...listCalls, stages.call]);
}

function settingOf(key: string, s: MethodSetting): ApigwMethodSetting {
  return {
    key,
    loggingLevel: s.loggingLevel ?? 'OFF',
    dataTraceEnabled: s.dataTraceEnabled ?? false,
    cachingEnabled: s.cachingEnabled ?? false,
    cacheDataEncrypted: s.cacheDataEncrypted ?? false,
  };
}

function addStage(ctx: AwsContext, region: string, restApiId: string, s: Stage, calls: string[]): void {
  const name = s.stageName;
  if (!name) return;
  const arn = `${apiArn(ctx, region, restApiId)}/stages/${name}`;
  ctx.add({
    provider: 'aws',
    type: STAGE,
    id: arn,
    name: `${restApiId}/${name}`,
    account: ctx.account,
    region,
    tags: { ...s.tags },
    props: {
      restApiId,
      stageName: name,
      tracingEnabled: s.tracingEnabled ?? false,
      clientCertificateId: s.clientCertificateId ?? null,
      cacheClusterEnabled: s.cacheClusterEnabled ?? false,
      methodSettings: Object.entries(s.methodSettings ?? {}).map(([key, v]) => settingOf(key, v)),
      accessLogDestinationArn: s.accessLogSettings?.destinationArn ?? null,
      webAclArn: s.webAclArn ?? null,
    },
    origin: { kind: 'live', calls: dedupe(calls) },
    refs: [arn],
  });
}

function addDomain(ctx: AwsContext, region: string, d: DomainName, calls: string[]): void {
  const name = d.domainName;
  if (!name) return;
  const arn = d.domainNameArn ?? `arn:${ctx.partition}:apigateway:${region}::/domainnames/${name}`;
  ctx.add({
    provider: 'aws',
    type: DOMAIN,
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: { ...d.tags },
    props: {
      domainName: name,
      securityPolicy: d.securityPolicy ?? unknown('apigateway:GetDomainNames returned no securityPolicy'),
      endpointTypes: d.endpointConfiguration?.types ?? unknown('apigateway:GetDomainNames returned no endpointConfiguration'),
    },
    origin: { kind: 'live', calls: dedupe(calls) },
    refs: dedupe([arn, name]),
  });
}
