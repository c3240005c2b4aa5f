import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-access-logging',
    title: 'S3 bucket records server access logs',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-access-logging'],
    rationale:
      'Server access logs record every request to the bucket, including anonymous and denied ones that CloudTrail ' +
      'data events may not show, with requester, object key, status and bytes. They are the record of who touched ' +
      'which ePHI object that audit controls (164.312(b)) and activity review (164.308(a)(1)(ii)(D)) rely on.',
    remediation: {
      text: 'Enable server access logging to a dedicated log bucket (not the bucket itself) that is encrypted and retained.',
      cli: 'aws s3api put-bucket-logging --bucket BUCKET --bucket-logging-status \'{"LoggingEnabled":{"TargetBucket":"LOG_BUCKET","TargetPrefix":"BUCKET/"}}\'',
      terraform:
        'resource "aws_s3_bucket_logging" "this" {\n  bucket        = aws_s3_bucket.this.id\n  target_bucket = aws_s3_bucket.access_logs.id\n  target_prefix = "${aws_s3_bucket.this.id}/"\n}',
      cloudformation:
        'LoggingConfiguration:\n  DestinationBucketName: !Ref AccessLogBucket\n  LogFilePrefix: phi-records/',
    },
  },
  evaluate(bucket) {
    const logging = bucket.props.logging;
    if (isUnknown(logging)) return unknownResult('logging', logging);
    if (logging === null) return fail('Server access logging is off.', ev('logging', null));
    const target = logging.targetBucket;
    const where = isUnknown(target) ? 'a target bucket the source does not name' : target;
    return pass(`Server access logs are delivered to ${where}.`, ev('logging', logging));
  },
});
