import {
  GenerateCredentialReportCommand,
  GetAccountAuthorizationDetailsCommand,
  GetAccountPasswordPolicyCommand,
  GetAccountSummaryCommand,
  GetCredentialReportCommand,
  ListVirtualMFADevicesCommand,
} from '@aws-sdk/client-iam';
import { beforeEach, describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, mockAws, ofType, throttled } from '../test-support/aws-mock.js';
import { REPORT_POLL } from './credential-report.js';
import { reportContent } from './mock-account.js';

const mocks = mockAws();
const R = 'us-east-1';
const arn = (what: string) => `arn:aws:iam::${ACCOUNT}:${what}`;
const enc = (d: object) => encodeURIComponent(JSON.stringify(d));
const READ_PHI = { Version: '2012-10-17', Statement: [{ Sid: 'ReadPhi', Effect: 'Allow', Action: 's3:GetObject', Resource: 'arn:aws:s3:::phi-records/*' }] };
const TRUST = { Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: { Service: 'lambda.amazonaws.com' }, Action: 'sts:AssumeRole' } };

beforeEach(() => {
  REPORT_POLL.delayMs = 0;
});

/** Two pages of authorization details, the way IAM splits them. */
function twoPages(): void {
  mocks
    .of('iam')
    .on(GetAccountAuthorizationDetailsCommand, { Marker: undefined })
    .resolves({
      UserDetailList: [
        {
          UserName: 'alice',
          UserId: 'AIDAALICE',
          Arn: arn('user/alice'),
          Path: '/',
          CreateDate: new Date('2025-02-01T10:00:00Z'),
          GroupList: ['clinicians'],
          AttachedManagedPolicies: [{ PolicyName: 'read-phi', PolicyArn: arn('policy/read-phi') }],
          UserPolicyList: [{ PolicyName: 'own', PolicyDocument: enc(READ_PHI) }],
          Tags: [{ Key: 'team', Value: 'care' }],
        },
        { UserName: 'ci,bot', UserId: 'AIDACI', Arn: arn('user/ci,bot'), Path: '/', CreateDate: new Date('2024-01-01T00:00:00Z'), GroupList: [] },
      ],
      GroupDetailList: [{ GroupName: 'clinicians', GroupId: 'AGPACLIN', Arn: arn('group/clinicians'), Path: '/', GroupPolicyList: [], AttachedManagedPolicies: [] }],
      RoleDetailList: [],
      Policies: [],
      IsTruncated: true,
      Marker: 'm2',
    })
    .on(GetAccountAuthorizationDetailsCommand, { Marker: 'm2' })
    .resolves({
      UserDetailList: [],
      GroupDetailList: [{ GroupName: 'empty', GroupId: 'AGPAEMPTY', Arn: arn('group/empty'), Path: '/' }],
      RoleDetailList: [
        {
          RoleName: 'ingest',
          RoleId: 'AROAINGEST',
          Arn: arn('role/ingest'),
          Path: '/',
          AssumeRolePolicyDocument: enc(TRUST),
          RolePolicyList: [{ PolicyName: 'read', PolicyDocument: enc(READ_PHI) }],
          AttachedManagedPolicies: [{ PolicyName: 'AWSLambdaBasicExecutionRole', PolicyArn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole' }],
          Tags: [],
        },
      ],
      Policies: [
        {
          PolicyName: 'read-phi',
          Arn: arn('policy/read-phi'),
          DefaultVersionId: 'v2',
          AttachmentCount: 1,
          PolicyVersionList: [
            { VersionId: 'v2', IsDefaultVersion: true, Document: enc(READ_PHI) },
            { VersionId: 'v1', IsDefaultVersion: false, Document: enc({ Statement: [] }) },
          ],
        },
        {
          PolicyName: 'AWSLambdaBasicExecutionRole',
          Arn: 'arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole',
          DefaultVersionId: 'v1',
          AttachmentCount: 1,
          PolicyVersionList: [{ VersionId: 'v1', IsDefaultVersion: true, Document: enc({ Statement: [{ Effect: 'Allow', Action: 'logs:*', Resource: '*' }] }) }],
        },
        // AWS managed and attached to nothing: not a resource of this account.
        {
          PolicyName: 'AmazonS3ReadOnlyAccess',
          Arn: 'arn:aws:iam::aws:policy/AmazonS3ReadOnlyAccess',
          DefaultVersionId: 'v3',
          AttachmentCount: 0,
          PolicyVersionList: [{ VersionId: 'v3', IsDefaultVersion: true, Document: enc({ Statement: [{ Effect: 'Allow', Action: 's3:Get*', Resource: '*' }] }) }],
        },
      ],
      IsTruncated: false,
    });
  mocks
    .of('iam')
    .on(GetCredentialReportCommand)
    .resolves({
      Content: reportContent(
        `alice,${arn('user/alice')},2025-02-01T10:00:00+00:00,true,2026-11-20T08:00:00+00:00,2026-09-01T10:00:00+00:00,N/A,true,true,2025-02-01T10:05:00+00:00,2026-11-22T10:00:00+00:00,us-east-1,s3,false,N/A,N/A,N/A,N/A,false,N/A,false,N/A`,
        `ci,bot,${arn('user/ci,bot')},2024-01-01T00:00:00+00:00,false,N/A,N/A,N/A,false,true,2024-01-01T00:10:00+00:00,N/A,N/A,N/A,false,2024-03-01T00:00:00+00:00,2024-04-01T00:00:00+00:00,us-east-1,s3,false,N/A,false,N/A`,
      ),
    });
}

const iamTypes = (result: Awaited<ReturnType<typeof collectAws>>) => ({
  users: ofType(result.resources, 'AWS::IAM::User'),
  groups: ofType(result.resources, 'AWS::IAM::Group'),
  roles: ofType(result.resources, 'AWS::IAM::Role'),
  policies: ofType(result.resources, 'AWS::IAM::ManagedPolicy'),
  pwd: ofType(result.resources, 'AWS::IAM::AccountPasswordPolicy'),
  root: ofType(result.resources, 'AWS::IAM::RootUser'),
});

const readPhiDoc = { version: '2012-10-17', statements: [{ sid: 'ReadPhi', effect: 'Allow', action: ['s3:GetObject'], resource: ['arn:aws:s3:::phi-records/*'] }] };

describe('IAM users, groups, roles and policies', () => {
  it('reads every page of the authorization details and joins the credential report', async () => {
    twoPages();
    const result = await collectAws({ regions: [R] });
    const { users, groups, roles, policies } = iamTypes(result);
    expect(users[0]).toEqual({
      provider: 'aws',
      type: 'AWS::IAM::User',
      id: arn('user/alice'),
      name: 'alice',
      account: ACCOUNT,
      region: 'global',
      tags: { team: 'care' },
      props: {
        userName: 'alice',
        createdAt: '2025-02-01T10:00:00.000Z',
        consoleAccess: true,
        passwordLastUsed: '2026-11-20T08:00:00.000Z',
        passwordLastChanged: '2026-09-01T10:00:00.000Z',
        mfaEnabled: true,
        accessKeys: [{ label: 'access key 1', status: 'Active', createdAt: '2025-02-01T10:05:00.000Z', lastUsedAt: '2026-11-22T10:00:00.000Z' }],
        groups: ['clinicians'],
        attachedPolicies: [arn('policy/read-phi')],
        inlinePolicies: [{ name: 'own', document: readPhiDoc }],
      },
      origin: { kind: 'live', calls: ['iam:GetAccountAuthorizationDetails', 'iam:GenerateCredentialReport', 'iam:GetCredentialReport'] },
      refs: [arn('user/alice'), 'alice', 'AIDAALICE'],
    });
    // A comma in the user name does not shift the report's columns.
    expect(users[1]!.props).toMatchObject({
      consoleAccess: false,
      passwordLastUsed: null,
      mfaEnabled: false,
      accessKeys: [
        { label: 'access key 1', status: 'Active', createdAt: '2024-01-01T00:10:00.000Z', lastUsedAt: null },
        { label: 'access key 2', status: 'Inactive', createdAt: '2024-03-01T00:00:00.000Z', lastUsedAt: '2024-04-01T00:00:00.000Z' },
      ],
    });
    expect(groups.map((g) => [g.name, g.props.members])).toEqual([
      ['clinicians', ['alice']],
      ['empty', []],
    ]);
    expect(roles[0]!.props).toEqual({
      roleName: 'ingest',
      trustPolicy: { version: '2012-10-17', statements: [{ effect: 'Allow', principal: { Service: ['lambda.amazonaws.com'] }, action: ['sts:AssumeRole'] }] },
      attachedPolicies: ['arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole'],
      inlinePolicies: [{ name: 'read', document: readPhiDoc }],
    });
    expect(policies.map((p) => [p.name, p.props.awsManaged, p.props.document])).toEqual([
      ['read-phi', false, readPhiDoc],
      ['AWSLambdaBasicExecutionRole', true, { statements: [{ effect: 'Allow', action: ['logs:*'], resource: ['*'] }] }],
    ]);
    for (const type of ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy'] as const) {
      expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type, complete: true, reasons: [] });
    }
    expect(mocks.of('iam').commandCalls(GetAccountAuthorizationDetailsCommand)).toHaveLength(2);
  });

  it('waits while IAM compiles the credential report', async () => {
    twoPages();
    mocks.of('iam').on(GenerateCredentialReportCommand).resolvesOnce({ State: 'STARTED' }).resolvesOnce({ State: 'INPROGRESS' }).resolves({ State: 'COMPLETE' });
    const { users } = iamTypes(await collectAws({ regions: [R] }));
    expect(mocks.of('iam').commandCalls(GenerateCredentialReportCommand)).toHaveLength(3);
    expect(users[0]!.props.mfaEnabled).toBe(true);
  });

  it('makes credentials unknown, and says so, when the credential report is denied', async () => {
    twoPages();
    mocks.of('iam').on(GenerateCredentialReportCommand).rejects(denied('iam:GenerateCredentialReport'));
    mocks.of('iam').on(GetCredentialReportCommand).rejects(denied('iam:GetCredentialReport'));
    const result = await collectAws({ regions: [R] });
    const why = unknown('AccessDenied on iam:GetCredentialReport');
    expect(iamTypes(result).users[0]!.props).toMatchObject({ consoleAccess: why, mfaEnabled: why, accessKeys: why, passwordLastUsed: why, groups: ['clinicians'] });
    expect(result.problems).toEqual([
      { source: `aws:${ACCOUNT}:${R}:iam`, message: expect.stringMatching(/^IAM credential report not read: AccessDenied on iam:GetCredentialReport/) },
    ]);
  });

  it('marks the listing incomplete when the authorization details are denied, and still reports account settings', async () => {
    mocks.of('iam').on(GetAccountAuthorizationDetailsCommand).rejects(denied('iam:GetAccountAuthorizationDetails'));
    const result = await collectAws({ regions: [R] });
    const t = iamTypes(result);
    expect(t.users).toEqual([]);
    expect(result.coverage).toContainEqual({
      provider: 'aws',
      account: ACCOUNT,
      type: 'AWS::IAM::User',
      complete: false,
      reasons: ['AccessDenied on iam:GetAccountAuthorizationDetails in us-east-1'],
    });
    expect(result.problems.map((p) => p.message)).toContain(
      `AWS::IAM::Role not fully listed: AccessDenied on iam:GetAccountAuthorizationDetails (User: arn:aws:iam::${ACCOUNT}:user/auditor is not authorized to perform: iam:GetAccountAuthorizationDetails)`,
    );
    expect(t.pwd).toHaveLength(1);
    expect(t.root).toHaveLength(1);
  });

  it('keeps the first page and makes group members unknown when a later page is throttled', async () => {
    twoPages();
    mocks.of('iam').on(GetAccountAuthorizationDetailsCommand, { Marker: 'm2' }).rejects(throttled());
    const result = await collectAws({ regions: [R] });
    const { users, groups } = iamTypes(result);
    expect(users.map((u) => u.name)).toEqual(['alice', 'ci,bot']);
    expect(groups[0]!.props.members).toEqual(unknown('group members not fully listed: throttled: iam:GetAccountAuthorizationDetails gave up after 10 attempts'));
    expect(result.coverage.find((c) => c.type === 'AWS::IAM::Group')).toMatchObject({ complete: false });
  });
});

describe('IAM account settings', () => {
  it('in an empty account: no password policy, the root user from the account summary', async () => {
    const result = await collectAws({ regions: [R] });
    const t = iamTypes(result);
    expect(t.users).toEqual([]);
    expect(t.pwd).toEqual([
      expect.objectContaining({ id: arn('account-password-policy'), region: 'global', props: { policy: null } }),
    ]);
    expect(t.root).toEqual([
      expect.objectContaining({ id: arn('root'), props: { mfaEnabled: true, virtualMfa: false, accessKeysPresent: false } }),
    ]);
    expect(result.problems.filter((p) => p.source.endsWith(':iam'))).toEqual([]);
  });

  it('reads the password policy with IAM defaults for what is unset, and the root user’s virtual MFA and keys', async () => {
    mocks.of('iam').on(GetAccountPasswordPolicyCommand).resolves({
      PasswordPolicy: { MinimumPasswordLength: 12, RequireSymbols: true, RequireNumbers: true, ExpirePasswords: true, MaxPasswordAge: 90, PasswordReusePrevention: 5 },
    });
    mocks.of('iam').on(GetAccountSummaryCommand).resolves({ SummaryMap: { AccountMFAEnabled: 1, AccountAccessKeysPresent: 1 } });
    mocks
      .of('iam')
      .on(ListVirtualMFADevicesCommand, { Marker: undefined })
      .resolves({ VirtualMFADevices: [{ SerialNumber: arn('mfa/alice'), User: { Arn: arn('user/alice') } as never }], IsTruncated: true, Marker: 'v2' })
      .on(ListVirtualMFADevicesCommand, { Marker: 'v2' })
      .resolves({ VirtualMFADevices: [{ SerialNumber: arn('mfa/root-account-mfa-device') }], IsTruncated: false });
    const t = iamTypes(await collectAws({ regions: [R] }));
    expect(t.pwd[0]!.props.policy).toEqual({
      minimumLength: 12,
      requireUppercase: false,
      requireLowercase: false,
      requireNumbers: true,
      requireSymbols: true,
      reusePrevention: 5,
      maxAgeDays: 90,
    });
    expect(t.root[0]!.props).toEqual({ mfaEnabled: true, virtualMfa: true, accessKeysPresent: true });
  });

  it('makes the settings unknown when their calls are denied or throttled', async () => {
    mocks.of('iam').on(GetAccountPasswordPolicyCommand).rejects(denied('iam:GetAccountPasswordPolicy'));
    mocks.of('iam').on(GetAccountSummaryCommand).rejects(throttled());
    mocks.of('iam').on(ListVirtualMFADevicesCommand).rejects(denied('iam:ListVirtualMFADevices'));
    const t = iamTypes(await collectAws({ regions: [R] }));
    expect(t.pwd[0]!.props.policy).toEqual(unknown('AccessDenied on iam:GetAccountPasswordPolicy'));
    const slow = unknown('throttled: iam:GetAccountSummary gave up after 10 attempts');
    expect(t.root[0]!.props).toEqual({ mfaEnabled: slow, virtualMfa: unknown('AccessDenied on iam:ListVirtualMFADevices'), accessKeysPresent: slow });
  });
});
