import type { Position } from './lines.js';
import type { TemplateBody } from './parse.js';
import { isRecord } from './values.js';

/**
 * The AWS SAM transform, as far as the rules need it: each `AWS::Serverless::*` resource is
 * replaced by the CloudFormation resources SAM deploys for it, under the logical ids SAM
 * gives them (`MyFunction`, `MyFunctionRole`, `MyFunctionUrl`, `ServerlessRestApi`,
 * `ServerlessRestApiProdStage`…), with `Globals` merged in first. The generated resources
 * carry the position of the SAM resource they come from, so a finding points at the line
 * the user wrote. Resource types SAM expands into things no rule reads (state machines,
 * layers, connectors) are left out; nested `AWS::Serverless::Application`s are reported.
 */
export const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';

type Props = Record<string, unknown>;

export interface SamExpansion {
  template: TemplateBody;
  positions: Map<string, Position>;
  problems: { logicalId: string; message: string }[];
}

export function usesSam(template: TemplateBody): boolean {
  const t = template.Transform;
  return t === SAM_TRANSFORM || (Array.isArray(t) && t.includes(SAM_TRANSFORM));
}

/** Globals merge under each resource's own properties: maps merge, the resource's value wins otherwise. */
function merge(global: unknown, own: unknown): unknown {
  if (isRecord(global) && isRecord(own)) {
    const out: Props = { ...global };
    for (const [k, v] of Object.entries(own)) out[k] = merge(global[k], v);
    return out;
  }
  return own === undefined ? global : own;
}

/** SAM takes tags as a map; CloudFormation resources take a list of Key/Value. */
function tagList(tags: unknown): unknown {
  if (!isRecord(tags)) return tags;
  return Object.entries(tags).map(([Key, Value]) => ({ Key, Value }));
}

const put = (props: Props, key: string, value: unknown): void => {
  if (value !== undefined) props[key] = value;
};

export function expandSam(template: TemplateBody, positions: ReadonlyMap<string, Position>): SamExpansion {
  const resources = isRecord(template.Resources) ? template.Resources : {};
  const globals = isRecord(template.Globals) ? template.Globals : {};
  const out: Props = {};
  const pos = new Map(positions);
  const problems: SamExpansion['problems'] = [];
  const emit = (from: string, id: string, type: string, properties: Props, extra: Props = {}): void => {
    out[id] = { Type: type, Properties: properties, ...extra };
    const at = positions.get(from);
    if (at && !pos.has(id)) pos.set(id, at);
  };
  // Functions with `Api` events and no RestApiId share SAM's implicit API.
  let implicitApi: string | undefined;

  for (const [id, decl] of Object.entries(resources)) {
    if (!isRecord(decl) || typeof decl.Type !== 'string' || !decl.Type.startsWith('AWS::Serverless::')) {
      out[id] = decl;
      continue;
    }
    const carried: Props = {};
    for (const k of ['Condition', 'DependsOn', 'Metadata'] as const) if (decl[k] !== undefined) carried[k] = decl[k];
    switch (decl.Type) {
      case 'AWS::Serverless::Function': {
        const p = merge(global(globals, 'Function'), decl.Properties ?? {}) as Props;
        const fn: Props = {};
        for (const k of ['FunctionName', 'Handler', 'Runtime', 'MemorySize', 'Timeout', 'Environment', 'KmsKeyArn', 'VpcConfig', 'ReservedConcurrentExecutions', 'Layers', 'Architectures', 'PackageType', 'ImageConfig', 'EphemeralStorage', 'SnapStart', 'LoggingConfig', 'CodeSigningConfigArn', 'FileSystemConfigs']) {
          put(fn, k, p[k]);
        }
        put(fn, 'Code', p.CodeUri ?? p.InlineCode ?? p.ImageUri);
        if (isRecord(p.DeadLetterQueue)) fn.DeadLetterConfig = { TargetArn: p.DeadLetterQueue.TargetArn };
        if (typeof p.Tracing === 'string') fn.TracingConfig = { Mode: p.Tracing };
        // SAM tags the function with `lambda:createdBy: SAM` and the user's tags.
        fn.Tags = tagList({ 'lambda:createdBy': 'SAM', ...(isRecord(p.Tags) ? p.Tags : {}) });
        if (p.Role !== undefined) fn.Role = p.Role;
        else {
          // Without Role, SAM creates one per function from Policies and the basic execution policy.
          const role = `${id}Role`;
          fn.Role = { 'Fn::GetAtt': [role, 'Arn'] };
          emit(id, role, 'AWS::IAM::Role', {
            AssumeRolePolicyDocument: {
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Principal: { Service: ['lambda.amazonaws.com'] }, Action: ['sts:AssumeRole'] }],
            },
            ManagedPolicyArns: [
              'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
              ...(isRecord(p.VpcConfig) ? ['arn:aws:iam::aws:policy/service-role/AWSLambdaVPCAccessExecutionRole'] : []),
              ...managedPolicies(p.Policies),
            ],
            Policies: inlinePolicies(id, p.Policies),
            Tags: tagList({ 'lambda:createdBy': 'SAM', ...(isRecord(p.Tags) ? p.Tags : {}) }),
          }, carried);
        }
        emit(id, id, 'AWS::Lambda::Function', fn, carried);
        if (isRecord(p.FunctionUrlConfig)) {
          emit(id, `${id}Url`, 'AWS::Lambda::Url', {
            TargetFunctionArn: { Ref: id },
            AuthType: p.FunctionUrlConfig.AuthType,
            ...(p.FunctionUrlConfig.Cors !== undefined ? { Cors: p.FunctionUrlConfig.Cors } : {}),
          }, carried);
          if (p.FunctionUrlConfig.AuthType === 'NONE') {
            // SAM grants public invoke of the URL, as the console does.
            emit(id, `${id}UrlPublicPermissions`, 'AWS::Lambda::Permission', {
              Action: 'lambda:InvokeFunctionUrl',
              FunctionName: { Ref: id },
              Principal: '*',
              FunctionUrlAuthType: 'NONE',
            }, carried);
          }
        }
        for (const [eventId, event] of Object.entries(isRecord(p.Events) ? p.Events : {})) {
          if (!isRecord(event) || event.Type !== 'Api') continue;
          const ep = isRecord(event.Properties) ? event.Properties : {};
          if (ep.RestApiId === undefined) implicitApi ??= id;
          emit(id, `${id}${eventId}Permission`, 'AWS::Lambda::Permission', {
            Action: 'lambda:InvokeFunction',
            FunctionName: { Ref: id },
            Principal: 'apigateway.amazonaws.com',
            SourceArn: { 'Fn::Sub': `arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:*` },
          }, carried);
        }
        break;
      }
      case 'AWS::Serverless::Api': {
        const p = merge(global(globals, 'Api'), decl.Properties ?? {}) as Props;
        restApi(emit, id, id, p, carried);
        break;
      }
      case 'AWS::Serverless::HttpApi': {
        const p = merge(global(globals, 'HttpApi'), decl.Properties ?? {}) as Props;
        emit(id, id, 'AWS::ApiGatewayV2::Api', { Name: p.Name ?? id, ProtocolType: 'HTTP', Tags: p.Tags }, carried);
        const stage = typeof p.StageName === 'string' ? p.StageName : '$default';
        const stageId = `${id}${stage === '$default' ? 'ApiGatewayDefault' : stage.replace(/[^A-Za-z0-9]/g, '')}Stage`;
        const sp: Props = { ApiId: { Ref: id }, StageName: stage, AutoDeploy: true };
        put(sp, 'AccessLogSettings', p.AccessLogSettings);
        put(sp, 'DefaultRouteSettings', p.DefaultRouteSettings);
        put(sp, 'StageVariables', p.StageVariables);
        emit(id, stageId, 'AWS::ApiGatewayV2::Stage', sp, carried);
        break;
      }
      case 'AWS::Serverless::SimpleTable': {
        const p = merge(global(globals, 'SimpleTable'), decl.Properties ?? {}) as Props;
        const key = isRecord(p.PrimaryKey) ? p.PrimaryKey : { Name: 'id', Type: 'String' };
        const attrType = key.Type === 'Number' ? 'N' : key.Type === 'Binary' ? 'B' : 'S';
        const table: Props = {
          AttributeDefinitions: [{ AttributeName: key.Name, AttributeType: attrType }],
          KeySchema: [{ AttributeName: key.Name, KeyType: 'HASH' }],
          BillingMode: p.ProvisionedThroughput === undefined ? 'PAY_PER_REQUEST' : 'PROVISIONED',
        };
        put(table, 'TableName', p.TableName);
        put(table, 'ProvisionedThroughput', p.ProvisionedThroughput);
        put(table, 'SSESpecification', p.SSESpecification);
        put(table, 'PointInTimeRecoverySpecification', p.PointInTimeRecoverySpecification);
        put(table, 'Tags', tagList(p.Tags));
        emit(id, id, 'AWS::DynamoDB::Table', table, carried);
        break;
      }
      case 'AWS::Serverless::Application':
        problems.push({
          logicalId: id,
          message: `${id}: AWS::Serverless::Application deploys another template (${describeLocation(decl.Properties)}), which was not read; its resources were not checked`,
        });
        break;
      default:
        // StateMachine, LayerVersion, GraphQLApi, Connector: nothing a rule reads today.
        break;
    }
  }
  if (implicitApi !== undefined && out.ServerlessRestApi === undefined) {
    restApi(emit, implicitApi, 'ServerlessRestApi', merge(global(globals, 'Api'), { StageName: 'Prod' }) as Props, {});
  }
  return { template: { ...template, Resources: out }, positions: pos, problems };
}

function global(globals: Props, name: string): Props {
  return isRecord(globals[name]) ? globals[name] : {};
}

type Emit = (from: string, id: string, type: string, properties: Props, extra?: Props) => void;

/** `AWS::Serverless::Api` (or the implicit API): the REST API, its stage and its domain. */
function restApi(emit: Emit, from: string, id: string, p: Props, carried: Props): void {
  const api: Props = { Name: p.Name ?? id };
  put(api, 'EndpointConfiguration', typeof p.EndpointConfiguration === 'string' ? { Types: [p.EndpointConfiguration] } : p.EndpointConfiguration);
  put(api, 'Body', p.DefinitionBody);
  put(api, 'BodyS3Location', p.DefinitionUri);
  put(api, 'Tags', tagList(p.Tags));
  emit(from, id, 'AWS::ApiGateway::RestApi', api, carried);
  const stageName = typeof p.StageName === 'string' ? p.StageName : 'Prod';
  const stage: Props = { RestApiId: { Ref: id }, StageName: p.StageName ?? 'Prod', DeploymentId: { Ref: `${id}Deployment` } };
  put(stage, 'MethodSettings', p.MethodSettings);
  put(stage, 'TracingEnabled', p.TracingEnabled);
  put(stage, 'AccessLogSetting', p.AccessLogSetting);
  put(stage, 'CacheClusterEnabled', p.CacheClusterEnabled);
  put(stage, 'CacheClusterSize', p.CacheClusterSize);
  put(stage, 'ClientCertificateId', p.ClientCertificateId ?? undefined);
  put(stage, 'Variables', p.Variables);
  put(stage, 'Tags', tagList(p.Tags));
  emit(from, `${id}${stageName.replace(/[^A-Za-z0-9]/g, '')}Stage`, 'AWS::ApiGateway::Stage', stage, carried);
  if (isRecord(p.Domain) && p.Domain.DomainName !== undefined) {
    const domain: Props = { DomainName: p.Domain.DomainName };
    put(domain, 'SecurityPolicy', p.Domain.SecurityPolicy);
    put(domain, 'RegionalCertificateArn', p.Domain.CertificateArn);
    put(domain, 'EndpointConfiguration', typeof p.Domain.EndpointConfiguration === 'string' ? { Types: [p.Domain.EndpointConfiguration] } : undefined);
    emit(from, `${id}DomainName`, 'AWS::ApiGateway::DomainName', domain, carried);
  }
}

/** Managed policy ARNs among SAM `Policies` (a name, an ARN, or a list of them and statements). */
function managedPolicies(policies: unknown): unknown[] {
  const list = Array.isArray(policies) ? policies : policies === undefined ? [] : [policies];
  return list.flatMap((p) => {
    if (typeof p !== 'string') return [];
    return [p.startsWith('arn:') ? p : `arn:aws:iam::aws:policy/${p}`];
  });
}

/**
 * Inline statements and SAM policy templates among `Policies`. A policy template
 * (`S3ReadPolicy: {BucketName}`) is not expanded: its grants are unknown to phiguard, so the
 * role carries an inline policy saying so rather than looking narrower than it is.
 */
function inlinePolicies(id: string, policies: unknown): unknown[] {
  const list = Array.isArray(policies) ? policies : policies === undefined ? [] : [policies];
  const out: unknown[] = [];
  list.forEach((p, i) => {
    if (!isRecord(p)) return;
    if (Array.isArray(p.Statement) || isRecord(p.Statement)) {
      out.push({ PolicyName: `${id}RolePolicy${i}`, PolicyDocument: p });
      return;
    }
    for (const name of Object.keys(p)) {
      out.push({ PolicyName: `${id}Role${name}${i}`, PolicyDocument: { $unknown: `SAM policy template ${name} is not expanded by phiguard` } });
    }
  });
  return out;
}

function describeLocation(props: unknown): string {
  const loc = isRecord(props) ? props.Location : undefined;
  if (typeof loc === 'string') return loc;
  if (isRecord(loc) && typeof loc.ApplicationId === 'string') return loc.ApplicationId;
  return 'a serverless application';
}
