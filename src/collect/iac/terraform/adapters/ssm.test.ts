import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

const example = readFileSync('examples/rules/core/ssm/terraform/ssm-documents/main.tf', 'utf8');

describe('aws_ssm_document', () => {
  it('reads documents, their sharing, and Session Manager preferences in JSON and YAML', async () => {
    const result = await scanHcl({ 'main.tf': example });
    expect(result.problems).toEqual([]);
    expect(byAddress(result, 'AWS::SSM::Document', 'aws_ssm_document.bad_public_export_runbook').props).toEqual({
      documentName: 'export-phi-to-s3',
      documentType: 'Command',
      sharedWith: ['All'],
    });
    expect(byAddress(result, 'AWS::SSM::Document', 'aws_ssm_document.good_restart_app_runbook').props.sharedWith).toEqual(['444455556666']);
    const good = byAddress(result, 'AWS::SSM::SessionManagerPreferences', 'aws_ssm_document.good_session_preferences');
    expect(good.props).toMatchObject({ configured: true, s3BucketName: null, s3EncryptionEnabled: true, cloudWatchEncryptionEnabled: true });
    expect(good.props.cloudWatchLogGroupName).not.toBeNull();
    expect(good.id).toMatch(/#session-manager-preferences$/);
    // The preferences document is still a document `permissions` could share.
    expect(byAddress(result, 'AWS::SSM::Document', 'aws_ssm_document.good_session_preferences').props.sharedWith).toEqual([]);
    expect(byAddress(result, 'AWS::SSM::SessionManagerPreferences', 'aws_ssm_document.bad_session_preferences').props).toEqual({
      configured: true,
      s3BucketName: null,
      s3EncryptionEnabled: false,
      cloudWatchLogGroupName: null,
      cloudWatchEncryptionEnabled: false,
      kmsKeyId: null,
    });
  });

  it('keeps an unresolved share list and bucket unknown', async () => {
    const result = await scanHcl({
      'main.tf': `
variable "share_with" { type = string }
variable "bucket" { type = string }
resource "aws_ssm_document" "d" {
  name          = "runbook"
  document_type = "Automation"
  content       = "{}"
  permissions   = { type = "Share", account_ids = var.share_with }
}
resource "aws_ssm_document" "prefs" {
  name          = "SSM-SessionManagerRunShell"
  document_type = "Session"
  content       = jsonencode({ inputs = { s3BucketName = var.bucket, s3EncryptionEnabled = true } })
}
resource "aws_ssm_document" "not_prefs" {
  name          = "SSM-SessionManagerRunShell-Audit"
  document_type = "Session"
  content       = "{}"
}`,
    });
    expect(byAddress(result, 'AWS::SSM::Document', 'aws_ssm_document.d').props.sharedWith).toMatchObject({ $unknown: expect.stringContaining('share_with') });
    const prefs = byAddress(result, 'AWS::SSM::SessionManagerPreferences', 'aws_ssm_document.prefs').props;
    expect(prefs.s3BucketName).toMatchObject({ $unknown: expect.any(String) });
    expect(result.resources.filter((r) => r.type === 'AWS::SSM::SessionManagerPreferences')).toHaveLength(1);
  });
});
