import { GetDomainNamesCommand, GetResourcesCommand, GetRestApisCommand, GetStagesCommand } from '@aws-sdk/client-api-gateway';
import { GetApisCommand, GetStagesCommand as GetV2StagesCommand } from '@aws-sdk/client-apigatewayv2';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const API = 'a1b2c3d4e5';
const OTHER = 'z9y8x7w6v5';
const apiArn = (id: string) => `arn:aws:apigateway:${R}::/restapis/${id}`;
const denied = () => awsError('AccessDeniedException', 403, `User: arn:aws:iam::${ACCOUNT}:user/auditor is not authorized to perform: apigateway:GET`);

function twoApis(): void {
  const rest = mocks.of('apigateway');
  rest
    .on(GetRestApisCommand, { position: undefined })
    .resolves({ items: [{ id: API, name: 'patients-api', endpointConfiguration: { types: ['REGIONAL'] }, tags: { 'data-classification': 'phi' } }], position: 'p2' })
    .on(GetRestApisCommand, { position: 'p2' })
    .resolves({ items: [{ id: OTHER, name: 'status', endpointConfiguration: { types: ['EDGE'] } }] });
  rest
    .on(GetResourcesCommand, { restApiId: API, position: undefined })
    .resolves({
      items: [
        { id: 'root', path: '/' },
        {
          id: 'r1',
          path: '/patients',
          resourceMethods: {
            POST: { httpMethod: 'POST', requestValidatorId: 'v1', authorizationType: 'AWS_IAM' },
            OPTIONS: { httpMethod: 'OPTIONS', authorizationType: 'NONE' },
          },
        },
      ],
      position: 'r2',
    })
    .on(GetResourcesCommand, { restApiId: API, position: 'r2' })
    .resolves({ items: [{ id: 'r2', path: '/patients/{id}', resourceMethods: { GET: { httpMethod: 'GET', authorizationType: 'AWS_IAM' } } }] });
  rest.on(GetResourcesCommand, { restApiId: OTHER }).resolves({ items: [] });
  rest.on(GetStagesCommand, { restApiId: API }).resolves({
    item: [
      {
        stageName: 'prod',
        tracingEnabled: true,
        clientCertificateId: 'cc1',
        cacheClusterEnabled: true,
        methodSettings: {
          '*/*': { loggingLevel: 'INFO', dataTraceEnabled: false, cachingEnabled: true, cacheDataEncrypted: true, metricsEnabled: true },
          '~1patients/POST': { loggingLevel: 'OFF', cachingEnabled: false },
        },
        accessLogSettings: { destinationArn: `arn:aws:logs:${R}:${ACCOUNT}:log-group:/apigw/patients`, format: '$context.requestId' },
        webAclArn: `arn:aws:wafv2:${R}:${ACCOUNT}:regional/webacl/phi-edge/0f1e`,
        tags: { env: 'prod' },
      },
    ],
  });
  rest.on(GetStagesCommand, { restApiId: OTHER }).resolves({ item: [{ stageName: 'dev' }] });
  rest.on(GetDomainNamesCommand).resolves({
    items: [{ domainName: 'api.clinic.example', securityPolicy: 'TLS_1_0', endpointConfiguration: { types: ['EDGE'] }, tags: {} }],
  });
  mocks.of('apigatewayv2').on(GetApisCommand).resolves({ Items: [{ ApiId: 'h1', Name: 'intake', ProtocolType: 'HTTP', RouteSelectionExpression: 'x' }] });
  mocks.of('apigatewayv2').on(GetV2StagesCommand, { ApiId: 'h1' }).resolves({
    Items: [{ StageName: '$default', AccessLogSettings: { DestinationArn: `arn:aws:logs:${R}:${ACCOUNT}:log-group:/apigw/intake` } }, { StageName: 'dev' }],
  });
}

describe('API Gateway', () => {
  it('lists every page of APIs and resources, reading methods, stages, domains and HTTP API stages', async () => {
    twoApis();
    const result = await collectAws({ regions: [R] });
    const apis = ofType(result.resources, 'AWS::ApiGateway::RestApi');
    expect(apis.map((a) => a.id)).toEqual([apiArn(API), apiArn(OTHER)]);
    expect(apis[0]).toMatchObject({
      name: 'patients-api',
      tags: { 'data-classification': 'phi' },
      refs: [apiArn(API), API],
      props: {
        endpointTypes: ['REGIONAL'],
        methods: [
          { name: 'POST /patients', httpMethod: 'POST', requestValidatorId: 'v1' },
          { name: 'OPTIONS /patients', httpMethod: 'OPTIONS', requestValidatorId: null },
          { name: 'GET /patients/{id}', httpMethod: 'GET', requestValidatorId: null },
        ],
      },
    });
    const stages = ofType(result.resources, 'AWS::ApiGateway::Stage');
    expect(stages.find((s) => s.props.stageName === 'prod')).toMatchObject({
      id: `${apiArn(API)}/stages/prod`,
      tags: { env: 'prod' },
      props: {
        restApiId: API,
        tracingEnabled: true,
        clientCertificateId: 'cc1',
        cacheClusterEnabled: true,
        methodSettings: [
          { key: '*/*', loggingLevel: 'INFO', dataTraceEnabled: false, cachingEnabled: true, cacheDataEncrypted: true },
          { key: '~1patients/POST', loggingLevel: 'OFF', dataTraceEnabled: false, cachingEnabled: false, cacheDataEncrypted: false },
        ],
        accessLogDestinationArn: `arn:aws:logs:${R}:${ACCOUNT}:log-group:/apigw/patients`,
        webAclArn: `arn:aws:wafv2:${R}:${ACCOUNT}:regional/webacl/phi-edge/0f1e`,
      },
    });
    expect(stages.find((s) => s.props.stageName === 'dev')!.props).toEqual({
      restApiId: OTHER,
      stageName: 'dev',
      tracingEnabled: false,
      clientCertificateId: null,
      cacheClusterEnabled: false,
      methodSettings: [],
      accessLogDestinationArn: null,
      webAclArn: null,
    });
    expect(ofType(result.resources, 'AWS::ApiGateway::DomainName')[0]).toMatchObject({
      id: `arn:aws:apigateway:${R}::/domainnames/api.clinic.example`,
      props: { domainName: 'api.clinic.example', securityPolicy: 'TLS_1_0', endpointTypes: ['EDGE'] },
    });
    expect(ofType(result.resources, 'AWS::ApiGatewayV2::Stage').map((s) => [s.name, s.props.accessLogDestinationArn])).toEqual([
      ['intake/$default', `arn:aws:logs:${R}:${ACCOUNT}:log-group:/apigw/intake`],
      ['intake/dev', null],
    ]);
    for (const type of ['AWS::ApiGateway::RestApi', 'AWS::ApiGateway::Stage', 'AWS::ApiGateway::DomainName', 'AWS::ApiGatewayV2::Stage']) {
      expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type, complete: true, reasons: [] });
    }
  });

  it('leaves methods unknown when resources are throttled, and marks stages incomplete when GetStages is denied', async () => {
    twoApis();
    mocks.of('apigateway').on(GetResourcesCommand, { restApiId: API }).rejects(throttled());
    mocks.of('apigateway').on(GetStagesCommand, { restApiId: OTHER }).rejects(denied());
    const result = await collectAws({ regions: [R] });
    const api = ofType(result.resources, 'AWS::ApiGateway::RestApi').find((a) => a.id === apiArn(API))!;
    expect(api.props.methods).toEqual(unknown('throttled: apigateway:GetResources gave up after 10 attempts'));
    expect(ofType(result.resources, 'AWS::ApiGateway::Stage').map((s) => s.props.stageName)).toEqual(['prod']);
    expect(result.coverage.find((c) => c.type === 'AWS::ApiGateway::Stage')).toMatchObject({ complete: false });
  });

  it('marks REST APIs and their stages incomplete when the API list is denied', async () => {
    mocks.of('apigateway').on(GetRestApisCommand).rejects(denied());
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::ApiGateway::RestApi')?.complete).toBe(false);
    expect(result.coverage.find((c) => c.type === 'AWS::ApiGateway::Stage')?.complete).toBe(false);
    expect(result.coverage.find((c) => c.type === 'AWS::ApiGateway::DomainName')?.complete).toBe(true);
    expect(result.problems.some((p) => p.source === `aws:${ACCOUNT}:${R}:apigateway`)).toBe(true);
  });

  it('finds nothing in an empty account', async () => {
    const result = await collectAws({ regions: [R] });
    expect(result.resources.filter((r) => r.type.startsWith('AWS::ApiGateway'))).toEqual([]);
  });
});
