import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-stage-xray-tracing',
    title: 'REST API stage has X-Ray tracing enabled',
    severity: 'low',
    hipaa: ['164.312(b)'],
    resourceTypes: ['AWS::ApiGateway::Stage'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['apigw-stage-xray-tracing'],
    rationale:
      'X-Ray traces follow one request from API Gateway through the functions and services behind it. When an ' +
      'investigation asks which backends a given PHI request reached, the trace answers it; without tracing the ' +
      'answer has to be pieced together from unrelated logs.',
    remediation: {
      text: 'Enable X-Ray tracing on the stage.',
      cli: 'aws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/tracingEnabled,value=true',
      terraform: 'resource "aws_api_gateway_stage" "this" {\n  # ...\n  xray_tracing_enabled = true\n}',
      cloudformation: 'TracingEnabled: true',
    },
  },
  evaluate(stage) {
    const on = stage.props.tracingEnabled;
    if (isUnknown(on)) return unknownResult('tracingEnabled', on);
    const evidence = ev('tracingEnabled', on);
    return on ? pass('X-Ray tracing is on.', evidence) : fail('X-Ray tracing is off.', evidence);
  },
});
