import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elbv2-drop-invalid-headers.js';

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

ruleTester(rule, {
  pass: [{ name: 'invalid headers dropped', resource: resource(LB, { dropInvalidHeaderFields: true }), message: /dropped/ }],
  fail: [
    { name: 'invalid headers forwarded', resource: resource(LB, { dropInvalidHeaderFields: false }), message: /forwarded/ },
    { name: 'a template ALB left at the default', resource: resource(LB, { dropInvalidHeaderFields: false }, { origin: iacOrigin('Alb') }) },
  ],
  not_assessed: [
    { name: 'attributes denied', resource: resource(LB, { dropInvalidHeaderFields: unknown('AccessDenied on elbv2:DescribeLoadBalancerAttributes') }) },
    { name: 'type from an unresolved parameter', resource: resource(LB, { type: unknown('parameter LbType has no value') }) },
  ],
  not_applicable: [{ name: 'a network load balancer', resource: resource(LB, { type: 'network', dropInvalidHeaderFields: false }) }],
});
