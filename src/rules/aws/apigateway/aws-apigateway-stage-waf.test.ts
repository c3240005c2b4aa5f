import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-apigateway-stage-waf.js';

const S = 'AWS::ApiGateway::Stage';
const privateApi = resource('AWS::ApiGateway::RestApi', { endpointTypes: ['PRIVATE'] }, { refs: ['a1b2c3d4e5'] });
const tfOrigin = { kind: 'iac' as const, format: 'terraform' as const, file: 'main.tf', line: 1, address: 'aws_api_gateway_stage.prod' };

ruleTester(rule, {
  pass: [
    { name: 'a web ACL is associated', resource: resource(S, {}), message: /filters/ },
    { name: 'a Terraform association joined by reference', resource: resource(S, { webAclArn: 'ref:infra#aws_wafv2_web_acl.api' }, { origin: tfOrigin }) },
  ],
  fail: [{ name: 'no web ACL', resource: resource(S, { webAclArn: null }), message: /No web ACL/ }],
  not_assessed: [{ name: 'association unknown', resource: resource(S, { webAclArn: unknown('count of the association cannot be determined') }) }],
  not_applicable: [{ name: 'a stage of a private API', resource: resource(S, { webAclArn: null }), others: [privateApi] }],
});
