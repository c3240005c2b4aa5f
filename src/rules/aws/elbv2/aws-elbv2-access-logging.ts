import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elbv2-access-logging',
    title: 'Application or Network Load Balancer delivers access logs to S3',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['elb-access-logging'],
    rationale:
      'Access logs are the record of who reached the PHI application, from where, when, with which TLS version and ' +
      'what the answer was. Without them a breach investigation cannot tell which requests touched which records, ' +
      'and activity review (164.308(a)(1)(ii)(D)) has nothing at the edge to review.',
    remediation: {
      text: 'Enable access logs on the load balancer, delivered to an S3 bucket that keeps them for the retention period.',
      cli: 'aws elbv2 modify-load-balancer-attributes --load-balancer-arn LB_ARN --attributes Key=access_logs.s3.enabled,Value=true Key=access_logs.s3.bucket,Value=LOG_BUCKET',
      terraform: 'resource "aws_lb" "this" {\n  # ...\n  access_logs {\n    bucket  = aws_s3_bucket.lb_logs.id\n    enabled = true\n  }\n}',
      cloudformation: 'LoadBalancerAttributes:\n  - Key: access_logs.s3.enabled\n    Value: "true"\n  - Key: access_logs.s3.bucket\n    Value: !Ref LogBucket',
    },
  },
  evaluate(lb) {
    const type = lb.props.type;
    if (isUnknown(type)) return unknownResult('type', type);
    // Gateway Load Balancers pass packets through and have no access logs.
    if (type === 'gateway') return null;
    const logs = lb.props.accessLogs;
    if (isUnknown(logs)) return unknownResult('accessLogs', logs);
    const evidence = ev('accessLogs', logs);
    if (!logs) return fail('Access logging is off.', evidence);
    const bucket = isUnknown(logs.bucket) ? 'a bucket not known until deployment' : logs.bucket;
    return pass(`Access logs go to ${bucket}.`, evidence);
  },
});
