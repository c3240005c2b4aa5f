import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elb-access-logging.js';

const CLB = 'AWS::ElasticLoadBalancing::LoadBalancer';

ruleTester(rule, {
  pass: [{ name: 'logs to a bucket', resource: resource(CLB, {}), message: /elb-access-logs/ }],
  fail: [
    { name: 'logging off', resource: resource(CLB, { accessLogs: null }), message: /off/ },
    { name: 'a template without AccessLoggingPolicy', resource: resource(CLB, { accessLogs: null }, { origin: iacOrigin('Legacy') }) },
  ],
  not_assessed: [{ name: 'attributes denied', resource: resource(CLB, { accessLogs: unknown('AccessDenied on elasticloadbalancing:DescribeLoadBalancerAttributes') }) }],
});
