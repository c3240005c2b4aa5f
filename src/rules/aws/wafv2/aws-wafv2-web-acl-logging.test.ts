import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-wafv2-web-acl-logging.js';

const W = 'AWS::WAFv2::WebACL';

ruleTester(rule, {
  pass: [
    { name: 'logs to a log group', resource: resource(W, {}), message: /aws-waf-logs-phi-edge/ },
    { name: 'a template logging configuration joined', resource: resource(W, { logDestinations: ['ref:tpl.yaml#WafLogs'] }, { origin: iacOrigin('Acl') }) },
  ],
  fail: [{ name: 'no logging', resource: resource(W, { logDestinations: null }), message: /no logging/ }],
  not_assessed: [{ name: 'logging list denied', resource: resource(W, { logDestinations: unknown('AccessDenied on wafv2:ListLoggingConfigurations') }) }],
});
