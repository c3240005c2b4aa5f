import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-codebuild-project-logging',
    title: 'CodeBuild project sends build logs to CloudWatch Logs or S3',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::CodeBuild::Project'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['codebuild-project-logging'],
    rationale:
      'Builds run with a service role that can deploy to, migrate or read PHI systems. Without build logs there is ' +
      'no record of what a build ran or changed, so a tampered buildspec or a leaked dataset cannot be reconstructed.',
    remediation: {
      text: 'Enable CloudWatch Logs (the default) or S3 logs for the project, in a log group or bucket retained per your audit policy.',
      cli: 'aws codebuild update-project --name PROJECT --logs-config \'{"cloudWatchLogs":{"status":"ENABLED","groupName":"/codebuild/PROJECT"}}\'',
      terraform: 'logs_config {\n  cloudwatch_logs {\n    status     = "ENABLED"\n    group_name = aws_cloudwatch_log_group.builds.name\n  }\n}',
      cloudformation: 'LogsConfig:\n  CloudWatchLogs:\n    Status: ENABLED\n    GroupName: !Ref BuildLogGroup',
    },
  },
  evaluate(project) {
    const { cloudWatchLogsEnabled: cw, s3LogsEnabled: s3 } = project.props;
    const evidence = [ev('cloudWatchLogsEnabled', cw), ev('s3LogsEnabled', s3)];
    if (cw === true || s3 === true) {
      const where = [cw === true && 'CloudWatch Logs', s3 === true && 'S3'].filter(Boolean).join(' and ');
      return pass(`Build logs go to ${where}.`, ...evidence);
    }
    if (isUnknown(cw)) return unknownResult('cloudWatchLogsEnabled', cw);
    if (isUnknown(s3)) return unknownResult('s3LogsEnabled', s3);
    return fail('Build logs are turned off for both CloudWatch Logs and S3.', ...evidence);
  },
});
