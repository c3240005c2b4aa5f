import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-apigateway-domain-tls12.js';

const D = 'AWS::ApiGateway::DomainName';

ruleTester(rule, {
  pass: [
    { name: 'TLS_1_2', resource: resource(D, {}), message: /TLS 1.2 and later/ },
    { name: 'an enhanced TLS 1.3 policy', resource: resource(D, { securityPolicy: 'SecurityPolicy_TLS13_1_3_2025_09' }) },
  ],
  fail: [
    { name: 'TLS_1_0', resource: resource(D, { securityPolicy: 'TLS_1_0' }), message: /TLS 1.0/ },
    { name: 'a template domain left at the default', resource: resource(D, { securityPolicy: 'TLS_1_0' }, { origin: iacOrigin('Domain') }) },
  ],
  not_assessed: [
    { name: 'policy from an unresolved parameter', resource: resource(D, { securityPolicy: unknown('parameter Policy has no value') }) },
    { name: 'a policy not in the table', resource: resource(D, { securityPolicy: 'TLS_1_4' }), message: /not a security policy/ },
  ],
});
