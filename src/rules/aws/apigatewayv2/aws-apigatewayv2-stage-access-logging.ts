import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-apigatewayv2-stage-access-logging',
    title: 'HTTP or WebSocket API stage writes access logs',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::ApiGatewayV2::Stage'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['apigw-stage-execution-logging'],
    rationale:
      'HTTP APIs have no execution logs; access logs are their only record of who called which route, when, from ' +
      'where and with what result. Without them calls to a PHI API leave no audit trail in the account.',
    remediation: {
      text: 'Configure access logging on the stage to a CloudWatch Logs group (or Firehose) with a format that includes the caller, route, status and request id.',
      cli: 'aws apigatewayv2 update-stage --api-id API_ID --stage-name STAGE --access-log-settings DestinationArn=LOG_GROUP_ARN,Format=\'$context.requestId $context.identity.sourceIp $context.routeKey $context.status\'',
      terraform: 'resource "aws_apigatewayv2_stage" "this" {\n  # ...\n  access_log_settings {\n    destination_arn = aws_cloudwatch_log_group.api.arn\n    format          = jsonencode({ requestId = "$context.requestId", ip = "$context.identity.sourceIp", route = "$context.routeKey", status = "$context.status" })\n  }\n}',
      cloudformation: 'AccessLogSettings:\n  DestinationArn: !GetAtt ApiLogGroup.Arn\n  Format: $context.requestId $context.identity.sourceIp $context.routeKey $context.status',
    },
  },
  evaluate(stage) {
    const dest = stage.props.accessLogDestinationArn;
    if (isUnknown(dest)) return unknownResult('accessLogDestinationArn', dest);
    const evidence = ev('accessLogDestinationArn', dest);
    return dest ? pass(`Access logs go to ${dest}.`, evidence) : fail('Access logging is off.', evidence);
  },
});
