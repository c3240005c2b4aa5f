import type { ApigwMethodSetting, ApigwRestApiProps, ApigwStageProps, ApigwDomainNameProps, Apigwv2StageProps } from '../../../../model/aws/edge-api.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, bool, literalName, optStr, str, strings } from './attrs.js';
import { RefIndex, resourceOf } from './common.js';
import { allUnknown, indexOf } from './edge-common.js';

export const API_TF_TYPES = [
  'aws_api_gateway_rest_api',
  'aws_api_gateway_method',
  'aws_api_gateway_stage',
  'aws_api_gateway_method_settings',
  'aws_api_gateway_domain_name',
  'aws_apigatewayv2_domain_name',
  'aws_apigatewayv2_stage',
];

function endpointTypes(a: Attrs): Known<string[]> {
  const cfg = block(a.endpoint_configuration, 'endpoint_configuration');
  if (cfg === undefined) return ['EDGE'];
  if (isUnknown(cfg)) return cfg;
  const types = strings(cfg.types, 'endpoint_configuration.types') ?? ['EDGE'];
  if (isUnknown(types)) return types;
  const bad = types.find(isUnknown);
  return bad ?? (types as string[]);
}

/** REST APIs with their methods joined from `aws_api_gateway_method`. */
function buildRestApis(of: (t: string) => Declared[]): AnyResource[] {
  const apis = of('aws_api_gateway_rest_api');
  const props = apis.map((d): ApigwRestApiProps => {
    if (d.unknownReason) return allUnknown<ApigwRestApiProps>(d.unknownReason, ['name', 'endpointTypes', 'methods']);
    const a = d.attrs;
    return {
      name: str(a.name, '', 'name'),
      endpointTypes: endpointTypes(a),
      methods: a.body !== undefined && a.body !== null ? unknown('the API is defined by an OpenAPI body, whose validators phiguard does not read') : [],
    };
  });
  const index = indexOf(apis, (_, i) => i);
  for (const m of of('aws_api_gateway_method')) {
    const i = index.get(m.attrs.rest_api_id);
    const methods = i === undefined ? undefined : props[i]!.methods;
    if (methods === undefined || isUnknown(methods)) continue;
    methods.push({
      name: m.address,
      httpMethod: m.unknownReason ? unknown(m.unknownReason) : str(m.attrs.http_method, '', 'http_method'),
      requestValidatorId: m.unknownReason ? unknown(m.unknownReason) : optStr(m.attrs.request_validator_id, 'request_validator_id'),
    });
  }
  return apis.map((d, i) => resourceOf(d, 'AWS::ApiGateway::RestApi', props[i]!, { name: literalName(d.attrs.name) }));
}

const STAGE_KEYS = ['restApiId', 'stageName', 'tracingEnabled', 'clientCertificateId', 'cacheClusterEnabled', 'methodSettings', 'accessLogDestinationArn', 'webAclArn'] as const;

function stageProps(a: Attrs): ApigwStageProps {
  const logs = block(a.access_log_settings, 'access_log_settings');
  return {
    restApiId: str(a.rest_api_id, '', 'rest_api_id'),
    stageName: str(a.stage_name, '', 'stage_name'),
    tracingEnabled: bool(a.xray_tracing_enabled, false, 'xray_tracing_enabled'),
    clientCertificateId: optStr(a.client_certificate_id, 'client_certificate_id'),
    cacheClusterEnabled: bool(a.cache_cluster_enabled, false, 'cache_cluster_enabled'),
    methodSettings: [],
    accessLogDestinationArn: logs === undefined ? null : isUnknown(logs) ? logs : optStr(logs.destination_arn, 'access_log_settings.destination_arn'),
    // Joined from an aws_wafv2_web_acl_association naming the stage, if there is one.
    webAclArn: null,
  };
}

function settingOf(d: Declared): Known<ApigwMethodSetting> {
  if (d.unknownReason) return unknown(d.unknownReason);
  const key = str(d.attrs.method_path, '', 'method_path');
  if (isUnknown(key)) return key;
  const s = block(d.attrs.settings, 'settings');
  if (isUnknown(s)) return s;
  const v = s ?? {};
  return {
    key,
    loggingLevel: str(v.logging_level, 'OFF', 'settings.logging_level'),
    dataTraceEnabled: bool(v.data_trace_enabled, false, 'settings.data_trace_enabled'),
    cachingEnabled: bool(v.caching_enabled, false, 'settings.caching_enabled'),
    cacheDataEncrypted: bool(v.cache_data_encrypted, false, 'settings.cache_data_encrypted'),
  };
}

/**
 * Stages with `aws_api_gateway_method_settings` joined: by the stage's token
 * (`stage_name = aws_api_gateway_stage.prod.stage_name`), or by API and literal stage name.
 */
function buildStages(of: (t: string) => Declared[]): AnyResource[] {
  const stages = of('aws_api_gateway_stage');
  const props = stages.map((d) => (d.unknownReason ? allUnknown<ApigwStageProps>(d.unknownReason, STAGE_KEYS) : stageProps(d.attrs)));
  const byToken = indexOf(stages, (_, i) => i);
  const byName = new RefIndex<number>();
  stages.forEach((d, i) => {
    const name = literalName(d.attrs.stage_name);
    if (name && typeof d.attrs.rest_api_id === 'string') byName.add([`${d.attrs.rest_api_id}|${name}`], i);
  });
  for (const m of of('aws_api_gateway_method_settings')) {
    const i = byToken.get(m.attrs.stage_name) ?? byName.get(`${String(m.attrs.rest_api_id)}|${String(m.attrs.stage_name)}`);
    if (i === undefined) continue;
    const list = props[i]!.methodSettings;
    if (isUnknown(list)) continue;
    const setting = settingOf(m);
    if (isUnknown(setting)) props[i]!.methodSettings = setting;
    else list.push(setting);
  }
  return stages.map((d, i) =>
    resourceOf(d, 'AWS::ApiGateway::Stage', props[i]!, { name: literalName(d.attrs.stage_name) ?? d.address }),
  );
}

function buildDomains(of: (t: string) => Declared[]): AnyResource[] {
  const rest = of('aws_api_gateway_domain_name').map((d) => {
    const props = d.unknownReason
      ? allUnknown<ApigwDomainNameProps>(d.unknownReason, ['domainName', 'securityPolicy', 'endpointTypes'])
      : {
          domainName: str(d.attrs.domain_name, '', 'domain_name'),
          // API Gateway creates REST custom domains with the TLS 1.0 policy unless told otherwise.
          securityPolicy: str(d.attrs.security_policy, 'TLS_1_0', 'security_policy'),
          endpointTypes: endpointTypes(d.attrs),
        };
    const name = literalName(d.attrs.domain_name);
    return resourceOf(d, 'AWS::ApiGateway::DomainName', props, { name, refs: name ? [name] : [] });
  });
  const http = of('aws_apigatewayv2_domain_name').map((d) => {
    const cfg = block(d.attrs.domain_name_configuration, 'domain_name_configuration');
    const props: ApigwDomainNameProps = d.unknownReason
      ? allUnknown<ApigwDomainNameProps>(d.unknownReason, ['domainName', 'securityPolicy', 'endpointTypes'])
      : {
          domainName: str(d.attrs.domain_name, '', 'domain_name'),
          securityPolicy: cfg === undefined ? 'TLS_1_2' : isUnknown(cfg) ? cfg : str(cfg.security_policy, 'TLS_1_2', 'security_policy'),
          endpointTypes: cfg === undefined ? ['REGIONAL'] : isUnknown(cfg) ? cfg : (() => {
            const t = str(cfg.endpoint_type, 'REGIONAL', 'endpoint_type');
            return isUnknown(t) ? t : [t];
          })(),
        };
    const name = literalName(d.attrs.domain_name);
    return resourceOf(d, 'AWS::ApiGateway::DomainName', props, { name, refs: name ? [name] : [] });
  });
  return [...rest, ...http];
}

function buildHttpStages(of: (t: string) => Declared[]): AnyResource[] {
  return of('aws_apigatewayv2_stage').map((d) => {
    let props: Apigwv2StageProps;
    if (d.unknownReason) props = allUnknown<Apigwv2StageProps>(d.unknownReason, ['apiId', 'stageName', 'accessLogDestinationArn']);
    else {
      const logs = block(d.attrs.access_log_settings, 'access_log_settings');
      props = {
        apiId: str(d.attrs.api_id, '', 'api_id'),
        stageName: str(d.attrs.name, '', 'name'),
        accessLogDestinationArn: logs === undefined ? null : isUnknown(logs) ? logs : optStr(logs.destination_arn, 'access_log_settings.destination_arn'),
      };
    }
    return resourceOf(d, 'AWS::ApiGatewayV2::Stage', props, { name: literalName(d.attrs.name) ?? d.address });
  });
}

export function buildApiGateway(of: (t: string) => Declared[]): AnyResource[] {
  return [...buildRestApis(of), ...buildStages(of), ...buildDomains(of), ...buildHttpStages(of)];
}
