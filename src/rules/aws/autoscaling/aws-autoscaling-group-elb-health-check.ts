import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-autoscaling-group-elb-health-check',
    title: 'Auto Scaling group behind a load balancer replaces instances its load balancer finds unhealthy',
    severity: 'low',
    hipaa: ['164.308(a)(7)(i)', '164.308(a)(7)(ii)(C)'],
    resourceTypes: ['AWS::AutoScaling::AutoScalingGroup'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['asg-elb-health-check'],
    rationale:
      'With EC2 health checks only, an instance whose application has hung keeps running and keeps receiving a share ' +
      'of requests: patients and clinicians get errors while the group reports healthy. ELB health checks let the ' +
      'group replace instances that fail the load balancer\'s checks, keeping the service available.',
    remediation: {
      text: 'Set the group\'s health check type to ELB (with a grace period long enough for instances to boot).',
      cli: 'aws autoscaling update-auto-scaling-group --auto-scaling-group-name ASG_NAME --health-check-type ELB --health-check-grace-period 300',
      terraform: 'resource "aws_autoscaling_group" "app" {\n  # ...\n  health_check_type         = "ELB"\n  health_check_grace_period = 300\n}',
      cloudformation: 'HealthCheckType: ELB\nHealthCheckGracePeriod: 300',
    },
  },
  evaluate(group) {
    const { healthCheckType, loadBalancers } = group.props;
    if (isUnknown(loadBalancers)) return unknownResult('loadBalancers', loadBalancers);
    // Without a load balancer there is nothing but EC2 status to check.
    if (loadBalancers.length === 0) return null;
    if (isUnknown(healthCheckType)) return unknownResult('healthCheckType', healthCheckType);
    const seen = ev('healthCheckType', healthCheckType);
    if (healthCheckType === 'EC2') return fail('The group behind a load balancer checks only EC2 instance status.', seen, ev('loadBalancers', loadBalancers.length));
    return pass(`The group uses ${healthCheckType} health checks.`, seen);
  },
});
