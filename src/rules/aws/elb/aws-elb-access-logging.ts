import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elb-access-logging',
    title: 'Classic Load Balancer delivers access logs to S3',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['elb-access-logging'],
    rationale:
      'Access logs record every request the load balancer passed to the PHI application: client address, time, ' +
      'path and response. Without them there is no edge record to review or to reconstruct an incident from.',
    remediation: {
      text: 'Enable access logs to an S3 bucket that keeps them for the retention period.',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "{\\"AccessLog\\":{\\"Enabled\\":true,\\"S3BucketName\\":\\"LOG_BUCKET\\",\\"EmitInterval\\":5}}"',
      terraform: 'resource "aws_elb" "this" {\n  # ...\n  access_logs {\n    bucket   = aws_s3_bucket.lb_logs.id\n    interval = 5\n  }\n}',
      cloudformation: 'AccessLoggingPolicy:\n  Enabled: true\n  S3BucketName: !Ref LogBucket\n  EmitInterval: 5',
    },
  },
  evaluate(lb) {
    const logs = lb.props.accessLogs;
    if (isUnknown(logs)) return unknownResult('accessLogs', logs);
    const evidence = ev('accessLogs', logs);
    if (!logs) return fail('Access logging is off.', evidence);
    return pass(`Access logs go to ${isUnknown(logs.bucket) ? 'a bucket not known until deployment' : logs.bucket}.`, evidence);
  },
});
