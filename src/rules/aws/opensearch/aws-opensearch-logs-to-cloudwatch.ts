import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-logs-to-cloudwatch',
    title: 'OpenSearch domain publishes its error logs to CloudWatch Logs',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['opensearch-logs-to-cloudwatch'],
    rationale:
      'Error (application) logs record failed authentication, rejected requests and cluster faults on a domain ' +
      'holding ePHI. Unless published to CloudWatch Logs they cannot be retained or reviewed; audit logs, where ' +
      'fine-grained access control is on, add who read which index.',
    remediation: {
      text: 'Publish ES_APPLICATION_LOGS (and AUDIT_LOGS with fine-grained access control) to a CloudWatch Logs group whose resource policy lets OpenSearch write to it.',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --log-publishing-options "ES_APPLICATION_LOGS={CloudWatchLogsLogGroupArn=arn:aws:logs:REGION:ACCOUNT:log-group:/aws/opensearch/DOMAIN,Enabled=true}"',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  log_publishing_options {\n    log_type                 = "ES_APPLICATION_LOGS"\n    cloudwatch_log_group_arn = aws_cloudwatch_log_group.search.arn\n  }\n}',
      cloudformation: 'LogPublishingOptions:\n  ES_APPLICATION_LOGS:\n    Enabled: true\n    CloudWatchLogsLogGroupArn: !GetAtt SearchLogs.Arn',
    },
  },
  evaluate(domain) {
    const logs = domain.props.logPublishing;
    if (isUnknown(logs)) return unknownResult('logPublishing', logs);
    const enabled = logs.filter((l) => l.enabled).map((l) => l.logType);
    const evidence = ev('logPublishing', logs);
    if (enabled.includes('ES_APPLICATION_LOGS')) return pass(`The domain publishes ${enabled.join(', ')} to CloudWatch Logs.`, evidence);
    return fail(
      enabled.length === 0
        ? 'The domain publishes no logs to CloudWatch Logs.'
        : `The domain publishes ${enabled.join(', ')} but not its error logs (ES_APPLICATION_LOGS).`,
      evidence,
    );
  },
});
