import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudfront-access-logging.js';

const D = 'AWS::CloudFront::Distribution';

ruleTester(rule, {
  pass: [{ name: 'logs to a bucket', resource: resource(D, {}), message: /cdn-logs/ }],
  fail: [
    { name: 'logging off', resource: resource(D, { logging: null }), message: /off/ },
    { name: 'a template without Logging', resource: resource(D, { logging: null }, { origin: iacOrigin('Cdn') }) },
  ],
  not_assessed: [{ name: 'config denied', resource: resource(D, { logging: unknown('AccessDenied on cloudfront:GetDistributionConfig') }) }],
});
