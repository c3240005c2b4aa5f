import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elbv2-deletion-protection.js';

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

ruleTester(rule, {
  pass: [
    { name: 'deletion protection on', resource: resource(LB, { deletionProtection: true }), message: /on/ },
    { name: 'a network load balancer with it on', resource: resource(LB, { type: 'network', deletionProtection: true }) },
  ],
  fail: [
    { name: 'deletion protection off', resource: resource(LB, { deletionProtection: false }), message: /off/ },
    { name: 'a template load balancer without the attribute', resource: resource(LB, { deletionProtection: false }, { origin: iacOrigin('Alb') }) },
  ],
  not_assessed: [
    { name: 'attributes could not be read', resource: resource(LB, { deletionProtection: unknown('AccessDenied on elbv2:DescribeLoadBalancerAttributes') }), message: /AccessDenied/ },
  ],
});
