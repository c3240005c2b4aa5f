import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-apigateway-stage-client-certificate.js';

const S = 'AWS::ApiGateway::Stage';

ruleTester(rule, {
  pass: [
    { name: 'a client certificate', resource: resource(S, {}), message: /ab12cd/ },
    { name: 'a template reference to a client certificate', resource: resource(S, { clientCertificateId: 'ref:tpl.yaml#Cert' }, { origin: iacOrigin('Prod') }) },
  ],
  fail: [{ name: 'no client certificate', resource: resource(S, { clientCertificateId: null }), message: /no client certificate/ }],
  not_assessed: [{ name: 'certificate from an unresolved parameter', resource: resource(S, { clientCertificateId: unknown('parameter Cert has no value') }) }],
});
