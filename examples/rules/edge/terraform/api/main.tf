# Patient records REST API and intake HTTP API: good_* configured for PHI, bad_* at provider defaults.

resource "aws_cloudwatch_log_group" "api_access" {
  name              = "/apigw/patients-tf"
  retention_in_days = 2192
}

resource "aws_wafv2_web_acl" "api" {
  name  = "api-edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  visibility_config {
    sampled_requests_enabled   = true
    cloudwatch_metrics_enabled = true
    metric_name                = "api-edge"
  }
}

resource "aws_api_gateway_rest_api" "good_patients" {
  name = "patients-good"
  endpoint_configuration {
    types = ["REGIONAL"]
  }
  tags = {
    data-classification = "phi"
  }
}

resource "aws_api_gateway_request_validator" "good_all" {
  name                        = "all"
  rest_api_id                 = aws_api_gateway_rest_api.good_patients.id
  validate_request_body       = true
  validate_request_parameters = true
}

resource "aws_api_gateway_resource" "good_patients" {
  rest_api_id = aws_api_gateway_rest_api.good_patients.id
  parent_id   = aws_api_gateway_rest_api.good_patients.root_resource_id
  path_part   = "patients"
}

resource "aws_api_gateway_method" "good_post_patient" {
  rest_api_id          = aws_api_gateway_rest_api.good_patients.id
  resource_id          = aws_api_gateway_resource.good_patients.id
  http_method          = "POST"
  authorization        = "AWS_IAM"
  request_validator_id = aws_api_gateway_request_validator.good_all.id
}

resource "aws_api_gateway_deployment" "good" {
  rest_api_id = aws_api_gateway_rest_api.good_patients.id
  depends_on  = [aws_api_gateway_method.good_post_patient]
}

resource "aws_api_gateway_client_certificate" "good_backend" {
  description = "backend authentication"
}

resource "aws_api_gateway_stage" "good_prod" {
  rest_api_id           = aws_api_gateway_rest_api.good_patients.id
  deployment_id         = aws_api_gateway_deployment.good.id
  stage_name            = "prod"
  xray_tracing_enabled  = true
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
  client_certificate_id = aws_api_gateway_client_certificate.good_backend.id

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = "$context.requestId $context.identity.sourceIp $context.httpMethod $context.resourcePath $context.status"
  }
}

resource "aws_api_gateway_method_settings" "good_prod_all" {
  rest_api_id = aws_api_gateway_rest_api.good_patients.id
  stage_name  = aws_api_gateway_stage.good_prod.stage_name
  method_path = "*/*"

  settings {
    logging_level        = "ERROR"
    caching_enabled      = true
    cache_data_encrypted = true
  }
}

resource "aws_wafv2_web_acl_association" "good_prod" {
  resource_arn = aws_api_gateway_stage.good_prod.arn
  web_acl_arn  = aws_wafv2_web_acl.api.arn
}

resource "aws_api_gateway_rest_api" "bad_patients" {
  name = "patients-bad"
  tags = {
    data-classification = "phi"
  }
}

resource "aws_api_gateway_resource" "bad_patients" {
  rest_api_id = aws_api_gateway_rest_api.bad_patients.id
  parent_id   = aws_api_gateway_rest_api.bad_patients.root_resource_id
  path_part   = "patients"
}

resource "aws_api_gateway_method" "bad_get_patient" {
  rest_api_id   = aws_api_gateway_rest_api.bad_patients.id
  resource_id   = aws_api_gateway_resource.bad_patients.id
  http_method   = "GET"
  authorization = "AWS_IAM"
}

resource "aws_api_gateway_deployment" "bad" {
  rest_api_id = aws_api_gateway_rest_api.bad_patients.id
  depends_on  = [aws_api_gateway_method.bad_get_patient]
}

resource "aws_api_gateway_stage" "bad_prod" {
  rest_api_id           = aws_api_gateway_rest_api.bad_patients.id
  deployment_id         = aws_api_gateway_deployment.bad.id
  stage_name            = "prod"
  cache_cluster_enabled = true
  cache_cluster_size    = "0.5"
}

resource "aws_api_gateway_method_settings" "bad_prod_all" {
  rest_api_id = aws_api_gateway_rest_api.bad_patients.id
  stage_name  = aws_api_gateway_stage.bad_prod.stage_name
  method_path = "*/*"

  settings {
    caching_enabled = true
  }
}

resource "aws_api_gateway_domain_name" "good_api" {
  domain_name              = "api.clinic.example"
  regional_certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/5e1d3c2b-aaaa-bbbb-cccc-000000000001"
  security_policy          = "TLS_1_2"

  endpoint_configuration {
    types = ["REGIONAL"]
  }
}

resource "aws_api_gateway_domain_name" "bad_api" {
  domain_name     = "legacy-api.clinic.example"
  certificate_arn = "arn:aws:acm:us-east-1:111122223333:certificate/5e1d3c2b-aaaa-bbbb-cccc-000000000001"
}

resource "aws_apigatewayv2_api" "intake" {
  name          = "intake"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_stage" "good_intake" {
  api_id      = aws_apigatewayv2_api.intake.id
  name        = "$default"
  auto_deploy = true

  access_log_settings {
    destination_arn = aws_cloudwatch_log_group.api_access.arn
    format          = "$context.requestId $context.identity.sourceIp $context.routeKey $context.status"
  }
}

resource "aws_apigatewayv2_stage" "bad_intake" {
  api_id      = aws_apigatewayv2_api.intake.id
  name        = "staging"
  auto_deploy = true
}
