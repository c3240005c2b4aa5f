import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { ACCOUNT, type AwsMocks, awsError } from '../test-support/aws-mock.js';

export const REPORT_HEADER =
  'user,arn,user_creation_time,password_enabled,password_last_used,password_last_changed,password_next_rotation,mfa_active,' +
  'access_key_1_active,access_key_1_last_rotated,access_key_1_last_used_date,access_key_1_last_used_region,access_key_1_last_used_service,' +
  'access_key_2_active,access_key_2_last_rotated,access_key_2_last_used_date,access_key_2_last_used_region,access_key_2_last_used_service,' +
  'cert_1_active,cert_1_last_rotated,cert_2_active,cert_2_last_rotated';

export const ROOT_ROW = `<root_account>,arn:aws:iam::${ACCOUNT}:root,2019-04-01T10:00:00+00:00,not_supported,2026-10-02T08:00:00+00:00,not_supported,not_supported,true,false,N/A,N/A,N/A,N/A,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`;

/** The credential report as GetCredentialReport returns it: CSV bytes (the SDK decodes the base64). */
export const reportContent = (...rows: string[]) => new TextEncoder().encode([REPORT_HEADER, ROOT_ROW, ...rows].join('\n'));

/**
 * What an empty account answers to the iam family's listing calls, for `mockAws()`.
 * Tests override what their case is about.
 */
export function iamEmptyAccount(m: AwsMocks): void {
  const iam = m.of('iam');
  iam.on(GetAccountAuthorizationDetailsCommand).resolves({ UserDetailList: [], GroupDetailList: [], RoleDetailList: [], Policies: [], IsTruncated: false });
  iam.on(GenerateCredentialReportCommand).resolves({ State: 'COMPLETE' });
  iam.on(GetCredentialReportCommand).resolves({ Content: reportContent(), ReportFormat: 'text/csv', GeneratedTime: new Date('2026-11-23T09:00:00Z') });
  iam.on(GetAccountPasswordPolicyCommand).rejects(awsError('NoSuchEntity', 404, 'The Password Policy with domain name 111122223333 cannot be found.'));
  iam.on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 0, Users: 0 } });
  iam.on(ListVirtualMFADevicesCommand).resolves({ VirtualMFADevices: [], IsTruncated: false });
}

const doc = (d: object) => encodeURIComponent(JSON.stringify(d));

/**
 * One of every resource the iam family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function iamOneOfEverything(m: AwsMocks): void {
  const iam = m.of('iam');
  const arn = (what: string) => `arn:aws:iam::${ACCOUNT}:${what}`;
  iam.on(GetAccountAuthorizationDetailsCommand).resolves({
    UserDetailList: [{ UserName: 'alice', UserId: 'AIDAALICE', Arn: arn('user/alice'), Path: '/', CreateDate: new Date('2025-01-01'), GroupList: ['clinicians'] }],
    GroupDetailList: [{ GroupName: 'clinicians', GroupId: 'AGPACLIN', Arn: arn('group/clinicians'), Path: '/' }],
    RoleDetailList: [
      {
        RoleName: 'app',
        RoleId: 'AROAAPP',
        Arn: arn('role/app'),
        Path: '/',
        AssumeRolePolicyDocument: doc({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: 'ecs-tasks.amazonaws.com' }, Action: 'sts:AssumeRole' }] }),
      },
    ],
    Policies: [
      {
        PolicyName: 'read',
        Arn: arn('policy/read'),
        DefaultVersionId: 'v1',
        PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: doc({ Version: '2012-10-17', Statement: [] }) }],
      },
    ],
    IsTruncated: false,
  });
  iam.on(GetAccountPasswordPolicyCommand).resolves({ PasswordPolicy: { MinimumPasswordLength: 14 } });
}
