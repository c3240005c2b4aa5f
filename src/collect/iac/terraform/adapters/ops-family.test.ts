import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('ops family: Terraform', () => {
  it('reads detectors, hubs with joined standards, recorders with their status, and channels', async () => {
    const result = await scanHcl({
      'main.tf': `
resource "aws_guardduty_detector" "on" {}
resource "aws_guardduty_detector" "off" { enable = false }
resource "aws_securityhub_account" "hub" { enable_default_standards = false }
resource "aws_securityhub_standards_subscription" "fsbp" {
  standards_arn = "arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0"
  depends_on    = [aws_securityhub_account.hub]
}
resource "aws_config_configuration_recorder" "main" {
  role_arn = "arn:aws:iam::111122223333:role/config"
  recording_group {
    all_supported = false
    resource_types = ["AWS::S3::Bucket"]
  }
}
resource "aws_config_configuration_recorder_status" "main" {
  name       = aws_config_configuration_recorder.main.name
  is_enabled = true
}
resource "aws_config_configuration_recorder" "idle" {
  name     = "idle"
  role_arn = "arn:aws:iam::111122223333:role/config"
}
resource "aws_config_delivery_channel" "main" { s3_bucket_name = "config-history" }
`,
    });
    expect(result.problems).toEqual([]);
    expect(byAddress(result, 'AWS::GuardDuty::Detector', 'aws_guardduty_detector.on').props.status).toBe('ENABLED');
    expect(byAddress(result, 'AWS::GuardDuty::Detector', 'aws_guardduty_detector.off').props.status).toBe('DISABLED');
    expect(byAddress(result, 'AWS::SecurityHub::Hub', 'aws_securityhub_account.hub').props).toEqual({
      enabled: true,
      standards: ['arn:aws:securityhub:us-east-1::standards/aws-foundational-security-best-practices/v/1.0.0'],
    });
    expect(byAddress(result, 'AWS::Config::ConfigurationRecorder', 'aws_config_configuration_recorder.main').props).toEqual({
      name: 'default',
      recording: true,
      allSupported: false,
      includeGlobalResourceTypes: false,
      lastStatus: null,
    });
    expect(byAddress(result, 'AWS::Config::ConfigurationRecorder', 'aws_config_configuration_recorder.idle').props).toMatchObject({ recording: false, allSupported: true });
    expect(byAddress(result, 'AWS::Config::DeliveryChannel', 'aws_config_delivery_channel.main').props).toEqual({ channelName: 'default', s3BucketName: 'config-history' });
  });

  it('reads alarms, metric filters, plans with selections, and vaults with policy and lock joined', async () => {
    const result = await scanHcl({
      'main.tf': `
variable "topic" { type = string }
resource "aws_cloudwatch_metric_alarm" "a" {
  alarm_name          = "root"
  namespace           = "CIS"
  metric_name         = "Root"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  alarm_actions       = [var.topic]
}
resource "aws_cloudwatch_log_metric_filter" "f" {
  name           = "root"
  log_group_name = "cloudtrail"
  pattern        = "{ $.userIdentity.type = \\"Root\\" }"
  metric_transformation {
    name      = "Root"
    namespace = "CIS"
    value     = "1"
  }
}
resource "aws_backup_vault" "v" { name = "phi" }
resource "aws_backup_vault_lock_configuration" "v" {
  backup_vault_name   = aws_backup_vault.v.name
  min_retention_days  = 35
  changeable_for_days = 3
}
resource "aws_backup_vault_policy" "v" {
  backup_vault_name = aws_backup_vault.v.name
  policy = jsonencode({ Statement = [{ Effect = "Deny", Principal = "*", Action = "backup:DeleteRecoveryPoint", Resource = "*" }] })
}
resource "aws_backup_plan" "p" {
  name = "daily"
  rule {
    rule_name         = "d"
    target_vault_name = aws_backup_vault.v.name
    schedule          = "cron(0 5 ? * * *)"
    lifecycle { delete_after = 35 }
  }
}
resource "aws_backup_selection" "s" {
  plan_id      = aws_backup_plan.p.id
  name         = "phi"
  iam_role_arn = "arn:aws:iam::111122223333:role/backup"
  resources    = ["*"]
  selection_tag {
    type  = "STRINGEQUALS"
    key   = "backup"
    value = "daily"
  }
  condition {
    string_equals {
      key   = "aws:ResourceTag/data-classification"
      value = "phi"
    }
  }
}
`,
    });
    expect(result.problems).toEqual([]);
    const alarm = byAddress(result, 'AWS::CloudWatch::Alarm', 'aws_cloudwatch_metric_alarm.a').props;
    expect(alarm).toMatchObject({ alarmName: 'root', actionsEnabled: true, metrics: [{ namespace: 'CIS', metricName: 'Root' }] });
    expect(alarm.alarmActions[0]).toMatchObject({ $unknown: expect.any(String) });
    expect(byAddress(result, 'AWS::Logs::MetricFilter', 'aws_cloudwatch_log_metric_filter.f').props).toEqual({
      filterName: 'root',
      logGroupName: 'cloudtrail',
      filterPattern: '{ $.userIdentity.type = "Root" }',
      metrics: [{ namespace: 'CIS', metricName: 'Root' }],
    });
    const plan = byAddress(result, 'AWS::Backup::BackupPlan', 'aws_backup_plan.p').props;
    expect(plan.rules).toEqual([{ ruleName: 'd', targetVault: 'ref:infra#aws_backup_vault.v', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: 35, copyActions: [] }]);
    expect(plan.selections).toEqual([
      {
        selectionName: 'phi',
        resources: ['*'],
        notResources: [],
        listOfTags: [{ op: 'StringEquals', key: 'backup', value: 'daily' }],
        conditions: [{ op: 'StringEquals', key: 'data-classification', value: 'phi' }],
      },
    ]);
    const vault = byAddress(result, 'AWS::Backup::BackupVault', 'aws_backup_vault.v').props;
    expect(vault).toMatchObject({ vaultName: 'phi', encryptionKeyArn: null, lock: { minRetentionDays: 35, maxRetentionDays: null, mode: 'compliance' } });
    expect(vault.accessPolicy).toMatchObject({ statements: [{ effect: 'Deny' }] });
  });

  it('makes a plan with an undeterminable selection unknown', async () => {
    const result = await scanHcl({
      'main.tf': `
variable "n" { type = number }
resource "aws_backup_plan" "p" {
  name = "daily"
  rule {
    rule_name         = "d"
    target_vault_name = "v"
    schedule          = "cron(0 5 ? * * *)"
  }
}
resource "aws_backup_selection" "s" {
  count        = var.n
  plan_id      = aws_backup_plan.p.id
  name         = "phi"
  iam_role_arn = "r"
  resources    = ["*"]
}
`,
    });
    const plan = byAddress(result, 'AWS::Backup::BackupPlan', 'aws_backup_plan.p').props;
    expect(plan.selections).toMatchObject({ $unknown: expect.any(String) });
    expect(plan.rules).toEqual([{ ruleName: 'd', targetVault: 'v', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: null, copyActions: [] }]);
  });
});
