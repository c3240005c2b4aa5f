import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-stage-execution-logging',
    title: 'REST API stage writes execution logs for every method',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::ApiGateway::Stage'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['apigw-stage-execution-logging'],
    rationale:
      'Execution logs record what API Gateway did with each request to the PHI API: authorizer decisions, throttling, ' +
      'integration errors. They are the audit trail of access attempts that failed or were refused, which access ' +
      'logs alone do not explain. A stage-wide level of ERROR or INFO, not switched off for any method, keeps it whole.',
    remediation: {
      text: 'Set the stage-wide (*/*) logging level to ERROR or INFO and remove method overrides that turn it OFF. The account needs a CloudWatch Logs role for API Gateway.',
      cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/*/*/logging/loglevel,value=ERROR',
      terraform: 'resource "aws_api_gateway_method_settings" "all" {\n  rest_api_id = aws_api_gateway_rest_api.this.id\n  stage_name  = aws_api_gateway_stage.this.stage_name\n  method_path = "*/*"\n  settings {\n    logging_level = "ERROR"\n  }\n}',
      cloudformation: 'MethodSettings:\n  - ResourcePath: "/*"\n    HttpMethod: "*"\n    LoggingLevel: ERROR',
    },
  },
  evaluate(stage) {
    const settings = stage.props.methodSettings;
    if (isUnknown(settings)) return unknownResult('methodSettings', settings);
    const evidence = ev('methodSettings', settings.map((s) => ({ key: s.key, loggingLevel: s.loggingLevel })));
    const wide = settings.find((s) => s.key === '*/*');
    if (wide && isUnknown(wide.loggingLevel)) return unknownResult('methodSettings.*/*.loggingLevel', wide.loggingLevel);
    if (!wide || wide.loggingLevel === 'OFF') return fail('Stage-wide execution logging is OFF.', evidence);
    const off: string[] = [];
    for (const s of settings) {
      if (isUnknown(s.loggingLevel)) return unknownResult(`methodSettings.${s.key}.loggingLevel`, s.loggingLevel);
      if (s.loggingLevel === 'OFF') off.push(s.key);
    }
    if (off.length > 0) return fail(`Execution logging is turned OFF for ${off.join(', ')}.`, evidence);
    return pass(`Execution logging is ${wide.loggingLevel} for every method.`, evidence);
  },
});
