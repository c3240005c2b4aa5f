import type { ApigwMethodSetting, ApigwStageProps } from '../../../../model/aws/edge-api.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asString, at, tagsOf } from '../values.js';
import { bool, listOf, optStr, str, stringsOf } from './edge-values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

/**
 * A template cannot name a stage's ARN without the region (`arn:aws:apigateway:${AWS::Region}::/restapis/...`),
 * so an AWS::WAFv2::WebACLAssociation with a stage cannot be matched to it.
 */
const STAGE_WAF_UNKNOWN = unknown(
  'CloudFormation associates web ACLs with stages by an ARN built from the region at deploy time, which the template cannot resolve',
);

function endpointTypes(p: unknown, dflt: string): Known<Known<string>[]> {
  const types = at(p, 'EndpointConfiguration', 'Types');
  return types === undefined ? [dflt] : stringsOf(types, 'EndpointConfiguration.Types');
}

export function restApi(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ApiGateway::RestApi'> {
  const p = res.properties;
  const id = namedIdentity(res, ctx, asString(at(p, 'Name'), 'Name'));
  const fromBody = at(p, 'Body') !== undefined || at(p, 'BodyS3Location') !== undefined;
  const types = endpointTypes(p, 'EDGE');
  return iacResource(res, ctx, {
    type: 'AWS::ApiGateway::RestApi',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      name: id.literal ?? unknown('Name is not declared'),
      endpointTypes: isUnknown(types) || types.some(isUnknown) ? unknown('EndpointConfiguration.Types cannot be resolved') : (types as string[]),
      // Methods are joined from AWS::ApiGateway::Method resources.
      methods: fromBody ? unknown('the API is defined by an OpenAPI body, whose validators phiguard does not read') : [],
    },
  });
}

/** `AWS::ApiGateway::Method` adds itself, with its request validator, to its REST API. */
export const methodJoin = join({
  type: 'AWS::ApiGateway::Method',
  target: 'AWS::ApiGateway::RestApi',
  via: 'RestApiId',
  attach(method, api) {
    const methods = api.props.methods;
    if (isUnknown(methods)) return;
    const p = method.properties;
    methods.push({
      name: method.logicalId,
      httpMethod: asString(at(p, 'HttpMethod'), 'HttpMethod') ?? unknown('HttpMethod is not declared'),
      requestValidatorId: optStr(p, 'RequestValidatorId'),
    });
  },
});

/** `{ResourcePath: "/*", HttpMethod: "*"}` is the stage-wide `*\/*`; others are `~1path/VERB`. */
function methodSettings(v: unknown): Known<ApigwMethodSetting[]> {
  const list = listOf(v, 'MethodSettings', (m, i): Known<ApigwMethodSetting> => {
    const path = asString(at(m, 'ResourcePath'), `MethodSettings[${i}].ResourcePath`) ?? '/*';
    const verb = asString(at(m, 'HttpMethod'), `MethodSettings[${i}].HttpMethod`) ?? '*';
    if (isUnknown(path)) return path;
    if (isUnknown(verb)) return verb;
    return {
      key: `${path.replace(/^\//, '')}/${verb}`,
      loggingLevel: str(m, 'LoggingLevel', 'OFF'),
      dataTraceEnabled: bool(m, 'DataTraceEnabled', false),
      cachingEnabled: bool(m, 'CachingEnabled', false),
      cacheDataEncrypted: bool(m, 'CacheDataEncrypted', false),
    };
  });
  if (isUnknown(list)) return list;
  const bad = list.find(isUnknown);
  return bad ?? (list as ApigwMethodSetting[]);
}

function stageProps(p: unknown, restApiId: Known<string>, stageName: Known<string>, settings: Known<ApigwMethodSetting[]>): ApigwStageProps {
  return {
    restApiId,
    stageName,
    tracingEnabled: bool(p, 'TracingEnabled', false),
    clientCertificateId: optStr(p, 'ClientCertificateId'),
    cacheClusterEnabled: bool(p, 'CacheClusterEnabled', false),
    methodSettings: settings,
    accessLogDestinationArn: optStr(at(p, 'AccessLogSetting') ?? {}, 'DestinationArn'),
    webAclArn: STAGE_WAF_UNKNOWN,
  };
}

export function restApiStage(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ApiGateway::Stage'> {
  const p = res.properties;
  const stageName = asString(at(p, 'StageName'), 'StageName') ?? unknown('StageName is not declared');
  return iacResource(res, ctx, {
    type: 'AWS::ApiGateway::Stage',
    name: typeof stageName === 'string' ? stageName : res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: stageProps(p, asString(at(p, 'RestApiId'), 'RestApiId') ?? unknown('RestApiId is not declared'), stageName, methodSettings(at(p, 'MethodSettings'))),
  });
}

export function domainName(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ApiGateway::DomainName'> {
  const p = res.properties;
  const id = namedIdentity(res, ctx, asString(at(p, 'DomainName'), 'DomainName'));
  const types = endpointTypes(p, 'EDGE');
  return iacResource(res, ctx, {
    type: 'AWS::ApiGateway::DomainName',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      domainName: id.literal ?? unknown('DomainName cannot be resolved'),
      // API Gateway creates REST custom domains with the TLS 1.0 policy unless told otherwise.
      securityPolicy: str(p, 'SecurityPolicy', 'TLS_1_0'),
      endpointTypes: isUnknown(types) || types.some(isUnknown) ? unknown('EndpointConfiguration.Types cannot be resolved') : (types as string[]),
    },
  });
}

/** HTTP and WebSocket API domains accept TLS_1_2 only; the template may still say so. */
export function domainNameV2(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ApiGateway::DomainName'> {
  const p = res.properties;
  const id = namedIdentity(res, ctx, asString(at(p, 'DomainName'), 'DomainName'));
  const config = at(p, 'DomainNameConfigurations', 0);
  return iacResource(res, ctx, {
    type: 'AWS::ApiGateway::DomainName',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      domainName: id.literal ?? unknown('DomainName cannot be resolved'),
      securityPolicy: config === undefined ? 'TLS_1_2' : str(config, 'SecurityPolicy', 'TLS_1_2'),
      endpointTypes: config === undefined ? ['REGIONAL'] : (() => {
        const t = str(config, 'EndpointType', 'REGIONAL');
        return isUnknown(t) ? t : [t];
      })(),
    },
  });
}

export function httpApiStage(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ApiGatewayV2::Stage'> {
  const p = res.properties;
  const stageName = asString(at(p, 'StageName'), 'StageName') ?? unknown('StageName is not declared');
  return iacResource(res, ctx, {
    type: 'AWS::ApiGatewayV2::Stage',
    name: typeof stageName === 'string' ? stageName : res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      apiId: asString(at(p, 'ApiId'), 'ApiId') ?? unknown('ApiId is not declared'),
      stageName,
      accessLogDestinationArn: optStr(at(p, 'AccessLogSettings') ?? {}, 'DestinationArn'),
    },
  });
}
