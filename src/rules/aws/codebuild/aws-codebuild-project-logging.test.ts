import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-codebuild-project-logging.js';

const P = 'AWS::CodeBuild::Project';

ruleTester(rule, {
  pass: [
    { name: 'CloudWatch Logs', resource: resource(P), message: /CloudWatch Logs\./ },
    { name: 'S3 only', resource: resource(P, { cloudWatchLogsEnabled: false, s3LogsEnabled: true }), message: /S3/ },
    { name: 'S3 on, CloudWatch from a parameter', resource: resource(P, { cloudWatchLogsEnabled: unknown('parameter Status has no value'), s3LogsEnabled: true }) },
  ],
  fail: [
    { name: 'both off', resource: resource(P, { cloudWatchLogsEnabled: false, s3LogsEnabled: false }), message: /turned off/ },
    { name: 'template turns CloudWatch off', resource: resource(P, { cloudWatchLogsEnabled: false }, { origin: iacOrigin('Build') }) },
  ],
  not_assessed: [
    { name: 'project denied', resource: resource(P, { cloudWatchLogsEnabled: unknown('AccessDenied'), s3LogsEnabled: unknown('AccessDenied') }) },
    { name: 'CloudWatch off, S3 unknown', resource: resource(P, { cloudWatchLogsEnabled: false, s3LogsEnabled: unknown('var.s3 has no value') }) },
  ],
});
