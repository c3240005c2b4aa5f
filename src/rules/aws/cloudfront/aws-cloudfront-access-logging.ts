import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudfront-access-logging',
    title: 'CloudFront distribution writes standard access logs',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::CloudFront::Distribution'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['cloudfront-access-logging'],
    rationale:
      'Access logs record every viewer request the edge served: client address, path, status, TLS version. For a ' +
      'distribution in front of PHI they are the only record of requests answered from cache, which never reach the ' +
      'origin or its logs. phiguard reads standard (legacy) logging; logs delivered through CloudWatch vended-log ' +
      'delivery are not visible in the distribution configuration.',
    remediation: {
      text: 'Enable standard logging to an S3 bucket (with ACLs enabled for the log delivery) that keeps logs for the retention period.',
      cli: 'aws cloudfront get-distribution-config --id DIST_ID  # set Logging {Enabled: true, Bucket: logs.s3.amazonaws.com, Prefix: cdn/}\naws cloudfront update-distribution --id DIST_ID --if-match ETAG --distribution-config file://dist-config.json',
      terraform: 'logging_config {\n  bucket = aws_s3_bucket.cdn_logs.bucket_domain_name\n  prefix = "cdn/"\n}',
      cloudformation: 'Logging:\n  Bucket: !GetAtt CdnLogBucket.DomainName\n  Prefix: cdn/',
    },
  },
  evaluate(dist) {
    const logging = dist.props.logging;
    if (isUnknown(logging)) return unknownResult('logging', logging);
    const evidence = ev('logging', logging);
    if (!logging) return fail('Standard access logging is off.', evidence);
    return pass(`Access logs go to ${isUnknown(logging.bucket) ? 'a bucket not known until deployment' : logging.bucket}.`, evidence);
  },
});
