import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elbv2-deletion-protection',
    title: 'Load balancer has deletion protection enabled',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(i)', '164.308(a)(7)(ii)(C)'],
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['elbv2-deletion-protection'],
    rationale:
      'The load balancer is the front door patients and clinicians reach PHI systems through. Deleting it by ' +
      'mistake (a console slip, a stack teardown, an automation bug) takes those systems offline until it is rebuilt, ' +
      'with a new DNS name, certificates and rules; deletion protection makes that a deliberate two-step act.',
    remediation: {
      text: 'Turn on deletion protection for the load balancer.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=deletion_protection.enabled,Value=true',
      terraform: 'resource "aws_lb" "this" {\n  # ...\n  enable_deletion_protection = true\n}',
      cloudformation: 'LoadBalancerAttributes:\n  - Key: deletion_protection.enabled\n    Value: "true"',
    },
  },
  evaluate(lb) {
    const on = lb.props.deletionProtection;
    if (isUnknown(on)) return unknownResult('deletionProtection', on);
    const evidence = ev('deletionProtection', on);
    return on ? pass('Deletion protection is on.', evidence) : fail('Deletion protection is off: one API call deletes the load balancer.', evidence);
  },
});
