import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-autoscaling-group-elb-health-check.js';

ruleTester(rule, {
  pass: [{ name: 'ELB health checks behind a target group', resource: resource('AWS::AutoScaling::AutoScalingGroup', {}), message: /ELB/ }],
  fail: [
    { name: 'EC2 health checks behind a target group', resource: resource('AWS::AutoScaling::AutoScalingGroup', { healthCheckType: 'EC2' }), message: /only EC2/ },
    { name: 'a template group with the default EC2 check', resource: resource('AWS::AutoScaling::AutoScalingGroup', { healthCheckType: 'EC2', loadBalancers: ['ref:t#Tg'] }, { origin: iacOrigin('Web') }) },
  ],
  not_assessed: [{ name: 'health check type from an unresolved parameter', resource: resource('AWS::AutoScaling::AutoScalingGroup', { healthCheckType: unknown('parameter Check has no value') }) }],
  not_applicable: [{ name: 'a group without load balancers', resource: resource('AWS::AutoScaling::AutoScalingGroup', { healthCheckType: 'EC2', loadBalancers: [] }) }],
});
