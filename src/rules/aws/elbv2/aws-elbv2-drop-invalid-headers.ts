import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elbv2-drop-invalid-headers',
    title: 'Application Load Balancer drops requests with invalid HTTP header fields',
    severity: 'medium',
    hipaa: ['164.312(c)(1)', '164.312(e)(2)(i)'],
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['alb-drop-invalid-headers'],
    rationale:
      'Header names that are not valid HTTP are how request-smuggling and header-injection attacks slip a second ' +
      'request, or a forged identity header, past the load balancer to the application serving PHI. Dropping them at ' +
      'the edge keeps the request the application sees the one the load balancer checked.',
    remediation: {
      text: 'Set routing.http.drop_invalid_header_fields.enabled to true on the Application Load Balancer.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=routing.http.drop_invalid_header_fields.enabled,Value=true',
      terraform: 'resource "aws_lb" "this" {\n  # ...\n  drop_invalid_header_fields = true\n}',
      cloudformation: 'LoadBalancerAttributes:\n  - Key: routing.http.drop_invalid_header_fields.enabled\n    Value: "true"',
    },
  },
  evaluate(lb) {
    const type = lb.props.type;
    if (isUnknown(type)) return unknownResult('type', type);
    // Only Application Load Balancers parse HTTP headers.
    if (type !== 'application') return null;
    const drop = lb.props.dropInvalidHeaderFields;
    if (isUnknown(drop)) return unknownResult('dropInvalidHeaderFields', drop);
    const evidence = ev('dropInvalidHeaderFields', drop);
    return drop
      ? pass('Requests with invalid header fields are dropped.', evidence)
      : fail('Invalid header fields are forwarded to the targets.', evidence);
  },
});
