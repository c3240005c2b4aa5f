import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

const MAIN = `
resource "aws_api_gateway_rest_api" "patients" {
  name = "patients-api"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_rest_api" "openapi" {
  name = "from-spec"
  body = jsonencode({ openapi = "3.0.1", paths = {} })
}

resource "aws_api_gateway_request_validator" "all" {
  name                        = "all"
  rest_api_id                 = aws_api_gateway_rest_api.patients.id
  validate_request_body       = true
  validate_request_parameters = true
}

resource "aws_api_gateway_resource" "patients" {
  rest_api_id = aws_api_gateway_rest_api.patients.id
  parent_id   = aws_api_gateway_rest_api.patients.root_resource_id
  path_part   = "patients"
}

resource "aws_api_gateway_method" "post" {
  rest_api_id          = aws_api_gateway_rest_api.patients.id
  resource_id          = aws_api_gateway_resource.patients.id
  http_method          = "POST"
  authorization        = "AWS_IAM"
  request_validator_id = aws_api_gateway_request_validator.all.id
}

resource "aws_api_gateway_method" "get" {
  rest_api_id   = aws_api_gateway_rest_api.patients.id
  resource_id   = aws_api_gateway_resource.patients.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_cloudwatch_log_group" "access" {
  name = "/apigw/patients"
}

resource "aws_api_gateway_stage" "prod" {
  rest_api_id           = aws_api_gateway_rest_api.patients.id
  deployment_id         = "d1"
  stage_name            = "prod"
  xray_tracing_enabled  = true
  cache_cluster_enabled = true
  client_certificate_id = "cc1"
  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.access.arn
    format          = "$context.requestId"
  }
}

resource "aws_api_gateway_stage" "dev" {
  rest_api_id   = aws_api_gateway_rest_api.patients.id
  deployment_id = "d1"
  stage_name    = "dev"
}

resource "aws_api_gateway_method_settings" "prod_all" {
  rest_api_id = aws_api_gateway_rest_api.patients.id
  stage_name  = aws_api_gateway_stage.prod.stage_name
  method_path = "*/*"
  settings {
    logging_level        = "INFO"
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

resource "aws_api_gateway_method_settings" "dev_all" {
  rest_api_id = aws_api_gateway_rest_api.patients.id
  stage_name  = "dev"
  method_path = "*/*"
  settings {
    metrics_enabled = true
  }
}

resource "aws_wafv2_web_acl" "api" {
  name  = "api-edge"
  scope = "REGIONAL"
}

resource "aws_wafv2_web_acl_association" "prod" {
  resource_arn = aws_api_gateway_stage.prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}

resource "aws_api_gateway_domain_name" "legacy" {
  domain_name              = "api.clinic.example"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/x"
}

resource "aws_apigatewayv2_domain_name" "intake" {
  domain_name = "intake.clinic.example"
  domain_name_configuration {
    certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/x"
    endpoint_type   = "REGIONAL"
    security_policy = "TLS_1_2"
  }
}

resource "aws_apigatewayv2_stage" "default" {
  api_id = "abc123"
  name   = "$default"
}
`;

describe('API Gateway in Terraform', () => {
  it('joins methods, method settings and web ACL associations, and settles defaults', async () => {
    const r = await scanHcl({ 'main.tf': MAIN });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, 'AWS::ApiGateway::RestApi', 'aws_api_gateway_rest_api.patients').props).toEqual({
      name: 'patients-api',
      endpointTypes: ['REGIONAL'],
      methods: [
        { name: 'aws_api_gateway_method.get', httpMethod: 'GET', requestValidatorId: null },
        { name: 'aws_api_gateway_method.post', httpMethod: 'POST', requestValidatorId: 'ref:infra#aws_api_gateway_request_validator.all' },
      ],
    });
    expect(byAddress(r, 'AWS::ApiGateway::RestApi', 'aws_api_gateway_rest_api.openapi').props.methods).toMatchObject({ $unknown: expect.stringMatching(/OpenAPI/) });
    expect(byAddress(r, 'AWS::ApiGateway::Stage', 'aws_api_gateway_stage.prod').props).toEqual({
      restApiId: 'ref:infra#aws_api_gateway_rest_api.patients',
      stageName: 'prod',
      tracingEnabled: true,
      clientCertificateId: 'cc1',
      cacheClusterEnabled: true,
      methodSettings: [{ key: '*/*', loggingLevel: 'INFO', dataTraceEnabled: false, cachingEnabled: true, cacheDataEncrypted: true }],
      accessLogDestinationArn: 'ref:infra#aws_cloudwatch_log_group.access',
      webAclArn: 'ref:infra#aws_wafv2_web_acl.api',
    });
    // Joined by API and literal stage name; a settings block without logging_level leaves logging off.
    expect(byAddress(r, 'AWS::ApiGateway::Stage', 'aws_api_gateway_stage.dev').props).toMatchObject({
      tracingEnabled: false,
      webAclArn: null,
      accessLogDestinationArn: null,
      methodSettings: [{ key: '*/*', loggingLevel: 'OFF', cachingEnabled: false }],
    });
    expect(byAddress(r, 'AWS::ApiGateway::DomainName', 'aws_api_gateway_domain_name.legacy').props).toEqual({
      domainName: 'api.clinic.example',
      securityPolicy: 'TLS_1_0',
      endpointTypes: ['EDGE'],
    });
    expect(byAddress(r, 'AWS::ApiGateway::DomainName', 'aws_apigatewayv2_domain_name.intake').props).toMatchObject({ securityPolicy: 'TLS_1_2', endpointTypes: ['REGIONAL'] });
    expect(byAddress(r, 'AWS::ApiGatewayV2::Stage', 'aws_apigatewayv2_stage.default').props).toEqual({ apiId: 'abc123', stageName: '$default', accessLogDestinationArn: null });
  });
});
