import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-apigateway-request-validation.js';

const A = 'AWS::ApiGateway::RestApi';
const phi = { tags: { 'data-classification': 'phi' } };
const m = (name: string, httpMethod: string, requestValidatorId: unknown) => ({ name, httpMethod, requestValidatorId: requestValidatorId as string | null });

ruleTester(rule, {
  pass: [
    { name: 'every method validated', resource: resource(A, {}, phi), message: /All 2/ },
    { name: 'an unvalidated CORS preflight', resource: resource(A, { methods: [m('POST /patients', 'POST', 'v1'), m('OPTIONS /patients', 'OPTIONS', null)] }, phi) },
  ],
  fail: [
    { name: 'a GET without a validator', resource: resource(A, { methods: [m('POST /patients', 'POST', 'v1'), m('GET /patients/{id}', 'GET', null)] }, phi), message: /GET \/patients/ },
    { name: 'a template method without a validator', resource: resource(A, { methods: [m('GetPatients', 'GET', null)] }, { ...phi, origin: iacOrigin('Api') }) },
  ],
  not_assessed: [
    { name: 'an OpenAPI body', resource: resource(A, { methods: unknown('the API is defined by an OpenAPI body, whose validators phiguard does not read') }, phi) },
    { name: 'a validator from an unresolved parameter', resource: resource(A, { methods: [m('Post', 'POST', unknown('parameter V has no value'))] }, phi) },
  ],
  not_applicable: [
    { name: 'an API not in PHI scope', resource: resource(A, { methods: [m('GET /status', 'GET', null)] }) },
    { name: 'a PHI API with no methods declared', resource: resource(A, { methods: [] }, phi) },
  ],
});
