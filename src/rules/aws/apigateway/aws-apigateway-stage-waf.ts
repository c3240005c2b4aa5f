import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-stage-waf',
    title: 'REST API stage is protected by an AWS WAF web ACL',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(B)', '164.308(a)(5)(ii)(B)'],
    resourceTypes: ['AWS::ApiGateway::Stage'],
    // A template cannot name a stage's ARN without the deploy-time region, so CloudFormation
    // associations cannot be matched; Terraform references the stage directly.
    sources: ['live', 'terraform'],
    covers: ['apigw-stage-waf-associated'],
    rationale:
      'A public REST API in front of PHI is probed with injection payloads, credential stuffing and enumeration of ' +
      'record identifiers. A web ACL on the stage filters known attack patterns and rate-limits callers before ' +
      'requests reach the integration. Private APIs are reachable only through a VPC endpoint and matter less here.',
    remediation: {
      text: 'Associate an AWS WAF web ACL with the stage.',
      cli: 'aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn arn:aws:apigateway:REGION::/restapis/API_ID/stages/STAGE',
      terraform: 'resource "aws_wafv2_web_acl_association" "api" {\n  resource_arn = aws_api_gateway_stage.this.arn\n  web_acl_arn  = aws_wafv2_web_acl.this.arn\n}',
    },
  },
  evaluate(stage, ctx) {
    const api = ctx.lookup('AWS::ApiGateway::RestApi', stage.props.restApiId, stage);
    const types = api?.props.endpointTypes;
    // Private APIs cannot be reached from the internet at all.
    if (types && !isUnknown(types) && types.length > 0 && types.every((t) => t === 'PRIVATE')) return null;
    const acl = stage.props.webAclArn;
    if (isUnknown(acl)) return unknownResult('webAclArn', acl);
    const evidence = ev('webAclArn', acl);
    return acl ? pass(`Web ACL ${acl} filters requests to the stage.`, evidence) : fail('No web ACL is associated with the stage.', evidence);
  },
});
