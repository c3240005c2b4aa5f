import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elbv2-waf-enabled.js';

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

ruleTester(rule, {
  pass: [
    { name: 'a web ACL is associated', resource: resource(LB, {}), message: /filters/ },
    { name: 'a template association joined by reference', resource: resource(LB, { webAclArn: 'ref:tpl.yaml#WebAcl' }, { origin: iacOrigin('Alb') }) },
  ],
  fail: [{ name: 'no web ACL', resource: resource(LB, { webAclArn: null }), message: /unfiltered/ }],
  not_assessed: [
    { name: 'WAF could not be asked', resource: resource(LB, { webAclArn: unknown('throttled: wafv2:GetWebACLForResource gave up after 10 attempts') }) },
    { name: 'scheme unknown', resource: resource(LB, { scheme: unknown('parameter Scheme has no value') }) },
  ],
  not_applicable: [
    { name: 'an internal ALB', resource: resource(LB, { scheme: 'internal', webAclArn: null }) },
    { name: 'a network load balancer', resource: resource(LB, { type: 'network', webAclArn: null }) },
  ],
});
