import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-waf-classic-web-acl-logging.js';

const W = 'AWS::WAF::WebACL';

ruleTester(rule, {
  pass: [{ name: 'logs to Firehose', resource: resource(W, {}), message: /aws-waf-logs-legacy-cdn/ }],
  fail: [{ name: 'no logging', resource: resource(W, { logDestinations: null }), message: /no logging/ }],
  not_assessed: [{ name: 'logging list denied', resource: resource(W, { logDestinations: unknown('AccessDenied on waf:ListLoggingConfigurations') }) }],
});
