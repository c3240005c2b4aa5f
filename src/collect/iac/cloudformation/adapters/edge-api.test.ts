import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function collect(yaml: string): Record<string, AnyResource> {
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return Object.fromEntries(result.resources.map((r) => [r.origin.kind === 'iac' ? r.origin.address : r.id, r]));
}

const TEMPLATE = `
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Name: patients-api
      EndpointConfiguration: {Types: [REGIONAL]}
  OpenApi:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body: {openapi: "3.0.1", paths: {}}
  Validator:
    Type: AWS::ApiGateway::RequestValidator
    Properties: {RestApiId: !Ref Api, ValidateRequestBody: true, ValidateRequestParameters: true}
  PatientsResource:
    Type: AWS::ApiGateway::Resource
    Properties: {RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: patients}
  PostPatient:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref PatientsResource
      HttpMethod: POST
      AuthorizationType: AWS_IAM
      RequestValidatorId: !Ref Validator
      Integration: {Type: MOCK}
  GetPatients:
    Type: AWS::ApiGateway::Method
    Properties: {RestApiId: !Ref Api, ResourceId: !Ref PatientsResource, HttpMethod: GET, AuthorizationType: AWS_IAM, Integration: {Type: MOCK}}
  Deployment:
    Type: AWS::ApiGateway::Deployment
    DependsOn: [PostPatient, GetPatients]
    Properties: {RestApiId: !Ref Api}
  Prod:
    Type: AWS::ApiGateway::Stage
    Properties:
      RestApiId: !Ref Api
      DeploymentId: !Ref Deployment
      StageName: prod
      TracingEnabled: true
      CacheClusterEnabled: true
      ClientCertificateId: !Ref ClientCert
      AccessLogSetting: {DestinationArn: !GetAtt AccessLogs.Arn, Format: "$context.requestId"}
      MethodSettings:
        - {ResourcePath: "/*", HttpMethod: "*", LoggingLevel: ERROR, CachingEnabled: true, CacheDataEncrypted: true}
        - {ResourcePath: "/~1patients", HttpMethod: POST, LoggingLevel: "OFF"}
  Bare:
    Type: AWS::ApiGateway::Stage
    Properties: {RestApiId: !Ref Api, DeploymentId: !Ref Deployment, StageName: dev}
  ClientCert: {Type: AWS::ApiGateway::ClientCertificate}
  AccessLogs: {Type: AWS::Logs::LogGroup}
  Domain:
    Type: AWS::ApiGateway::DomainName
    Properties: {DomainName: api.clinic.example, RegionalCertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/x, EndpointConfiguration: {Types: [REGIONAL]}}
  StrictDomain:
    Type: AWS::ApiGateway::DomainName
    Properties: {DomainName: api2.clinic.example, CertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/x, SecurityPolicy: TLS_1_2}
  HttpDomain:
    Type: AWS::ApiGatewayV2::DomainName
    Properties:
      DomainName: intake.clinic.example
      DomainNameConfigurations: [{CertificateArn: arn:aws:acm:us-east-1:111122223333:certificate/x}]
  HttpStage:
    Type: AWS::ApiGatewayV2::Stage
    Properties: {ApiId: abc123, StageName: $default, AccessLogSettings: {DestinationArn: !GetAtt AccessLogs.Arn, Format: "$context.requestId"}}
`;

describe('API Gateway in CloudFormation', () => {
  const r = collect(TEMPLATE);

  it('joins methods with their validators into the REST API', () => {
    expect(r.Api!.props).toEqual({
      name: 'patients-api',
      endpointTypes: ['REGIONAL'],
      methods: [
        { name: 'PostPatient', httpMethod: 'POST', requestValidatorId: 'ref:tpl.yaml#Validator' },
        { name: 'GetPatients', httpMethod: 'GET', requestValidatorId: null },
      ],
    });
    expect(r.OpenApi!.props).toMatchObject({ endpointTypes: ['EDGE'], methods: { $unknown: expect.stringMatching(/OpenAPI body/) } });
  });

  it('reads stage settings, stage-wide and per method, and defaults a bare stage', () => {
    expect(r.Prod!.props).toEqual({
      restApiId: 'ref:tpl.yaml#Api',
      stageName: 'prod',
      tracingEnabled: true,
      clientCertificateId: 'ref:tpl.yaml#ClientCert',
      cacheClusterEnabled: true,
      methodSettings: [
        { key: '*/*', loggingLevel: 'ERROR', dataTraceEnabled: false, cachingEnabled: true, cacheDataEncrypted: true },
        { key: '~1patients/POST', loggingLevel: 'OFF', dataTraceEnabled: false, cachingEnabled: false, cacheDataEncrypted: false },
      ],
      accessLogDestinationArn: 'ref:tpl.yaml#AccessLogs',
      webAclArn: { $unknown: expect.stringMatching(/region at deploy time/) },
    });
    expect(r.Bare!.props).toMatchObject({ tracingEnabled: false, clientCertificateId: null, cacheClusterEnabled: false, methodSettings: [], accessLogDestinationArn: null });
    expect(r.Deployment).toBeUndefined();
  });

  it('settles domain security policies: TLS_1_0 for REST domains, TLS_1_2 for HTTP API domains', () => {
    expect(r.Domain!.props).toEqual({ domainName: 'api.clinic.example', securityPolicy: 'TLS_1_0', endpointTypes: ['REGIONAL'] });
    expect(r.StrictDomain!.props).toMatchObject({ securityPolicy: 'TLS_1_2', endpointTypes: ['EDGE'] });
    expect(r.HttpDomain!.props).toEqual({ domainName: 'intake.clinic.example', securityPolicy: 'TLS_1_2', endpointTypes: ['REGIONAL'] });
    expect(r.HttpStage!.props).toEqual({ apiId: 'abc123', stageName: '$default', accessLogDestinationArn: 'ref:tpl.yaml#AccessLogs' });
  });
});
