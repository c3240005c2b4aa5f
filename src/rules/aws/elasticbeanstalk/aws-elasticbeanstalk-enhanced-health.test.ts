import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elasticbeanstalk-enhanced-health.js';

const E = 'AWS::ElasticBeanstalk::Environment';

ruleTester(rule, {
  pass: [{ name: 'enhanced', resource: resource(E, {}), message: /Enhanced/ }],
  fail: [
    { name: 'basic', resource: resource(E, { healthReportingSystemType: 'basic' }), message: /basic/ },
    { name: 'a template left at basic', resource: resource(E, { healthReportingSystemType: 'basic' }, { origin: iacOrigin('Prod') }) },
  ],
  not_assessed: [{ name: 'configuration throttled', resource: resource(E, { healthReportingSystemType: unknown('throttled: elasticbeanstalk:DescribeConfigurationSettings gave up after 10 attempts') }) }],
});
