import { type Api, GetApisCommand, GetStagesCommand } from '@aws-sdk/client-apigatewayv2';
import { type AwsContext, type ServiceCollector } from '../context.js';
import { dedupe } from './shared.js';

/** HTTP and WebSocket API stages and where their access logs go. */
const permissions = {
  'apigatewayv2:GetApis': 'apigateway:GET',
  'apigatewayv2:GetStages': 'apigateway:GET',
};

const STAGE = 'AWS::ApiGatewayV2::Stage';

export const apigatewayv2Collector: ServiceCollector = {
  service: 'apigatewayv2',
  types: [STAGE],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const apis = await ctx.list('apigatewayv2', region, (NextToken) => new GetApisCommand({ MaxResults: '500', NextToken }), (o) => o.Items, (o) => o.NextToken);
  ctx.listed(STAGE, 'apigatewayv2', region, apis.failure);
  await ctx.forEach(apis.items, (api) => collectApi(ctx, region, api, apis.calls));
}

async function collectApi(ctx: AwsContext, region: string, api: Api, listCalls: string[]): Promise<void> {
  const ApiId = api.ApiId;
  if (!ApiId) return;
  const stages = await ctx.list('apigatewayv2', region, (NextToken) => new GetStagesCommand({ ApiId, NextToken }), (o) => o.Items, (o) => o.NextToken);
  if (stages.failure && stages.failure.code !== 'NotFoundException') ctx.listed(STAGE, 'apigatewayv2', region, stages.failure);
  for (const s of stages.items) {
    if (!s.StageName) continue;
    const arn = `arn:${ctx.partition}:apigateway:${region}::/apis/${ApiId}/stages/${s.StageName}`;
    ctx.add({
      provider: 'aws',
      type: STAGE,
      id: arn,
      name: `${api.Name ?? ApiId}/${s.StageName}`,
      account: ctx.account,
      region,
      tags: { ...s.Tags },
      props: { apiId: ApiId, stageName: s.StageName, accessLogDestinationArn: s.AccessLogSettings?.DestinationArn ?? null },
      origin: { kind: 'live', calls: dedupe([...listCalls, ...stages.calls]) },
      refs: [arn],
    });
  }
}
