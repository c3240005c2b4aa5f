import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elbv2-access-logging.js';

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';

ruleTester(rule, {
  pass: [
    { name: 'logs to a bucket', resource: resource(LB, {}), message: /elb-access-logs/ },
    { name: 'logs to a bucket named by a template parameter', resource: resource(LB, { accessLogs: { bucket: unknown('parameter LogBucket has no value'), prefix: null } }, { origin: iacOrigin('Alb') }) },
  ],
  fail: [
    { name: 'access logging off', resource: resource(LB, { accessLogs: null }), message: /off/ },
    { name: 'a network load balancer without logs', resource: resource(LB, { type: 'network', accessLogs: null }) },
  ],
  not_assessed: [{ name: 'attributes denied', resource: resource(LB, { accessLogs: unknown('AccessDenied on elbv2:DescribeLoadBalancerAttributes') }) }],
  not_applicable: [{ name: 'a gateway load balancer', resource: resource(LB, { type: 'gateway', accessLogs: null }) }],
});
