import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elb-cross-zone.js';

const CLB = 'AWS::ElasticLoadBalancing::LoadBalancer';

ruleTester(rule, {
  pass: [{ name: 'cross-zone on', resource: resource(CLB, { crossZone: true }), message: /on/ }],
  fail: [
    { name: 'cross-zone off', resource: resource(CLB, { crossZone: false }), message: /off/ },
    { name: 'a template without CrossZone', resource: resource(CLB, { crossZone: false }, { origin: iacOrigin('Legacy') }) },
  ],
  not_assessed: [{ name: 'attributes throttled', resource: resource(CLB, { crossZone: unknown('throttled: elasticloadbalancing:DescribeLoadBalancerAttributes gave up after 10 attempts') }) }],
});
