import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-eks-cluster-audit-logging.js';

const C = 'AWS::EKS::Cluster';

ruleTester(rule, {
  pass: [
    { name: 'every log type', resource: resource(C) },
    { name: 'exactly the three needed', resource: resource(C, { enabledLogTypes: ['api', 'audit', 'authenticator'] }) },
  ],
  fail: [
    { name: 'no logging', resource: resource(C, { enabledLogTypes: [] }), message: /api, audit, authenticator/ },
    { name: 'api only', resource: resource(C, { enabledLogTypes: ['api'] }), message: /audit, authenticator/ },
  ],
  not_assessed: [{ name: 'log types unknown', resource: resource(C, { enabledLogTypes: unknown('var.logs has no value') }) }],
});
