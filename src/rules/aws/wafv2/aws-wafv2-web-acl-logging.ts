import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-wafv2-web-acl-logging',
    title: 'WAF web ACL logs the requests it inspects',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::WAFv2::WebACL'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['wafv2-web-acl-logging'],
    rationale:
      'Web ACL logs show which requests to the PHI application were blocked, counted or allowed, and by which rule. ' +
      'Without them an attack the WAF stopped leaves no trace to review, and one it let through cannot be traced ' +
      'back to the rule that should have caught it. Redact authorization headers and cookies in the logging configuration.',
    remediation: {
      text: 'Configure logging for the web ACL to a CloudWatch Logs group, S3 bucket or Firehose stream whose name starts with aws-waf-logs-.',
      cli: 'aws wafv2 put-logging-configuration --logging-configuration ResourceArn=WEB_ACL_ARN,LogDestinationConfigs=arn:aws:logs:REGION:ACCOUNT:log-group:aws-waf-logs-NAME',
      terraform: 'resource "aws_wafv2_web_acl_logging_configuration" "this" {\n  resource_arn            = aws_wafv2_web_acl.this.arn\n  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]\n}',
      cloudformation: 'Type: AWS::WAFv2::LoggingConfiguration\nProperties:\n  ResourceArn: !GetAtt WebACL.Arn\n  LogDestinationConfigs: [!GetAtt WafLogGroup.Arn]',
    },
  },
  evaluate(acl) {
    const dest = acl.props.logDestinations;
    if (isUnknown(dest)) return unknownResult('logDestinations', dest);
    const evidence = ev('logDestinations', dest);
    if (!dest || dest.length === 0) return fail('The web ACL has no logging configuration.', evidence);
    return pass(`The web ACL logs to ${dest.map((d) => (isUnknown(d) ? 'a destination not known until deployment' : d)).join(', ')}.`, evidence);
  },
});
