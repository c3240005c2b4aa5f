import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ssm-session-manager-logging',
    title: 'Session Manager logs sessions to encrypted S3 or CloudWatch Logs',
    severity: 'high',
    hipaa: ['164.312(b)'],
    resourceTypes: ['AWS::SSM::SessionManagerPreferences'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-ssm-session-logging'],
    rationale:
      'Session Manager gives administrators an interactive shell on servers that process PHI. CloudTrail records ' +
      'only that a session started; what was typed and displayed is recorded only if session logging is on. The ' +
      'session output can itself contain PHI, so the log destination must enforce encryption.',
    remediation: {
      text: 'Save Session Manager preferences (the SSM-SessionManagerRunShell Session document) in every region with an S3 bucket or CloudWatch log group, and enable s3EncryptionEnabled / cloudWatchEncryptionEnabled for each destination used.',
      cli: 'aws ssm update-document --name SSM-SessionManagerRunShell --document-version \'$LATEST\' --content file://session-preferences.json  # create-document --document-type Session the first time',
      terraform:
        'resource "aws_ssm_document" "session_manager_prefs" {\n  name            = "SSM-SessionManagerRunShell"\n  document_type   = "Session"\n  document_format = "JSON"\n' +
        '  content = jsonencode({\n    schemaVersion = "1.0"\n    sessionType   = "Standard_Stream"\n    inputs = {\n      cloudWatchLogGroupName      = aws_cloudwatch_log_group.sessions.name\n' +
        '      cloudWatchEncryptionEnabled = true\n      s3BucketName                = ""\n      s3EncryptionEnabled         = true\n    }\n  })\n}',
      cloudformation:
        'Type: AWS::SSM::Document\nProperties:\n  Name: SSM-SessionManagerRunShell\n  DocumentType: Session\n  Content:\n    schemaVersion: "1.0"\n    sessionType: Standard_Stream\n' +
        '    inputs:\n      cloudWatchLogGroupName: !Ref SessionLogs\n      cloudWatchEncryptionEnabled: true',
    },
  },
  evaluate(prefs) {
    const p = prefs.props;
    if (!p.configured) return fail('Session Manager preferences were never saved in this region: sessions are not logged.', ev('configured', false));
    const destinations = [
      { what: 'S3 bucket', name: p.s3BucketName, encrypted: p.s3EncryptionEnabled, path: 's3' },
      { what: 'CloudWatch log group', name: p.cloudWatchLogGroupName, encrypted: p.cloudWatchEncryptionEnabled, path: 'cloudWatch' },
    ] as const;
    const evidence = [];
    let used = 0;
    for (const d of destinations) {
      const namePath = d.path === 's3' ? 's3BucketName' : 'cloudWatchLogGroupName';
      if (isUnknown(d.name)) return unknownResult(namePath, d.name);
      if (d.name === null) continue;
      used++;
      const flagPath = `${d.path}EncryptionEnabled`;
      if (isUnknown(d.encrypted)) return unknownResult(flagPath, d.encrypted);
      evidence.push(ev(namePath, d.name), ev(flagPath, d.encrypted));
      // Session output is as sensitive in one destination as the other.
      if (!d.encrypted) return fail(`Sessions are logged to ${d.what} ${d.name} without enforcing encryption.`, ...evidence);
    }
    if (used === 0) {
      return fail('Session Manager preferences name neither an S3 bucket nor a CloudWatch log group: sessions are not logged.', ev('s3BucketName', null), ev('cloudWatchLogGroupName', null));
    }
    return pass('Sessions are logged to encrypted destinations.', ...evidence);
  },
});
