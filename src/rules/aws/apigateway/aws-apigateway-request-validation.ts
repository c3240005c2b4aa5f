import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-request-validation',
    title: 'Methods of a PHI REST API validate requests before calling the backend',
    severity: 'medium',
    hipaa: ['164.312(c)(1)'],
    resourceTypes: ['AWS::ApiGateway::RestApi'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-apigw-request-validation'],
    rationale:
      'A request validator makes API Gateway reject bodies that do not match the model and requests missing required ' +
      'parameters before they reach the code that writes PHI. It is a first integrity control against malformed or ' +
      'malicious writes to health records. CORS preflight (OPTIONS) methods carry no data and are not judged.',
    remediation: {
      text: 'Create a request validator (body and parameters) and set it on every method; define request models for methods that take a body.',
      cli: 'aws apigateway create-request-validator --rest-api-id API_ID --name all --validate-request-body --validate-request-parameters\naws apigateway update-method --rest-api-id API_ID --resource-id RESOURCE_ID --http-method POST --patch-operations op=replace,path=/requestValidatorId,value=VALIDATOR_ID',
      terraform: 'resource "aws_api_gateway_method" "this" {\n  # ...\n  request_validator_id = aws_api_gateway_request_validator.all.id\n}',
      cloudformation: 'RequestValidatorId: !Ref RequestValidator',
    },
  },
  evaluate(api, ctx) {
    if (!ctx.isPhi(api)) return null;
    const methods = api.props.methods;
    if (isUnknown(methods)) return unknownResult('methods', methods);
    const judged = methods.filter((m) => m.httpMethod !== 'OPTIONS');
    if (judged.length === 0) return null;
    const evidence = ev('methods', judged);
    const missing: string[] = [];
    for (const m of judged) {
      if (isUnknown(m.requestValidatorId)) return unknownResult(`methods.${m.name}.requestValidatorId`, m.requestValidatorId);
      if (m.requestValidatorId === null) missing.push(m.name);
    }
    if (missing.length > 0) return fail(`${missing.length} of ${judged.length} method(s) run no request validator: ${missing.join(', ')}.`, evidence);
    return pass(`All ${judged.length} method(s) run a request validator.`, evidence);
  },
});
