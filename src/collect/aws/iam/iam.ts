import {
  type AttachedPolicy,
  GetAccountAuthorizationDetailsCommand,
  type GetAccountAuthorizationDetailsCommandOutput,
  type ManagedPolicyDetail,
} from '@aws-sdk/client-iam';
import type { IamAccessKey, IamInlinePolicy, IamUserProps } from '../../../model/aws/iam.js';
import { normalizePolicy } from '../../../model/aws/policy.js';
import { unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';
import { collectAccountSettings } from './account.js';
import { type CredentialReport, readCredentialReport, type ReportRow, reportDate } from './credential-report.js';

const permissions = {
  'iam:GetAccountAuthorizationDetails': 'iam:GetAccountAuthorizationDetails',
  'iam:GenerateCredentialReport': 'iam:GenerateCredentialReport',
  'iam:GetCredentialReport': 'iam:GetCredentialReport',
  'iam:GetAccountPasswordPolicy': 'iam:GetAccountPasswordPolicy',
  'iam:GetAccountSummary': 'iam:GetAccountSummary',
  'iam:ListVirtualMFADevices': 'iam:ListVirtualMFADevices',
};

export const iamCollector: ServiceCollector = {
  service: 'iam',
  types: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy', 'AWS::IAM::AccountPasswordPolicy', 'AWS::IAM::RootUser'],
  permissions,
  // IAM is global: one endpoint, called once.
  collect: async (ctx) => {
    await Promise.all([collectEntities(ctx, ctx.homeRegion), collectAccountSettings(ctx, ctx.homeRegion)]);
  },
};

type Details = GetAccountAuthorizationDetailsCommandOutput;

/** Policy documents in this API are URL-encoded JSON (RFC 3986). */
function document(raw: string | undefined): ReturnType<typeof normalizePolicy> {
  if (raw === undefined) return null;
  try {
    return normalizePolicy(decodeURIComponent(raw));
  } catch {
    return unknown('policy document is not URL-encoded JSON');
  }
}

const inline = (list: { PolicyName?: string; PolicyDocument?: string }[] | undefined): IamInlinePolicy[] =>
  (list ?? []).map((p) => ({ name: p.PolicyName ?? unknown('no PolicyName'), document: document(p.PolicyDocument) }));

const attached = (list: AttachedPolicy[] | undefined): string[] => (list ?? []).flatMap((p) => (p.PolicyArn ? [p.PolicyArn] : []));

async function collectEntities(ctx: AwsContext, region: string): Promise<void> {
  // One paginated batch returns users, groups, roles and managed policies with their
  // documents; AWS managed policies come too, so attached ones can be read.
  const [listing, report] = await Promise.all([
    ctx.list('iam', region, (Marker) => new GetAccountAuthorizationDetailsCommand({ Marker, MaxItems: 1000 }), (o: Details) => [o], (o) => (o.IsTruncated ? o.Marker : undefined)),
    readCredentialReport(ctx, region),
  ]);
  for (const type of ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role', 'AWS::IAM::ManagedPolicy'] as const) {
    ctx.listed(type, 'iam', region, listing.failure, false);
  }
  if (!report.ok && !listing.failure) {
    ctx.problem('iam', region, `IAM credential report not read: ${report.reason}; users' MFA, passwords and access keys are unknown`);
  }
  const calls = listing.calls;
  const pages = listing.items;
  const users = pages.flatMap((p) => p.UserDetailList ?? []);
  // Members come from the users' group lists: only a complete listing gives them all.
  const members = new Map<string, string[]>();
  for (const u of users) for (const g of u.GroupList ?? []) members.set(g, [...(members.get(g) ?? []), u.UserName ?? '']);
  const partial = listing.failure ? unknown(`group members not fully listed: ${listing.failure.reason}`) : undefined;
  const base = (type: string, arn: string, name: string, refs: string[]) => ({
    provider: 'aws' as const,
    id: arn,
    name,
    account: ctx.account,
    region: 'global',
    refs: [...new Set([arn, ...refs])],
    type,
  });

  for (const u of users) {
    if (!u.Arn || !u.UserName) continue;
    ctx.add({
      ...base('AWS::IAM::User', u.Arn, u.UserName, [u.UserName, ...(u.UserId ? [u.UserId] : [])]),
      type: 'AWS::IAM::User',
      tags: tagRecord(u.Tags, (t) => t.Key, (t) => t.Value),
      props: userProps(u.UserName, u.CreateDate, report, u.Arn, {
        groups: u.GroupList ?? [],
        attachedPolicies: attached(u.AttachedManagedPolicies),
        inlinePolicies: inline(u.UserPolicyList),
      }),
      origin: { kind: 'live', calls: [...calls, ...report.calls] },
    });
  }
  for (const g of pages.flatMap((p) => p.GroupDetailList ?? [])) {
    if (!g.Arn || !g.GroupName) continue;
    ctx.add({
      ...base('AWS::IAM::Group', g.Arn, g.GroupName, [g.GroupName, ...(g.GroupId ? [g.GroupId] : [])]),
      type: 'AWS::IAM::Group',
      // IAM groups cannot carry tags.
      tags: {},
      props: {
        groupName: g.GroupName,
        members: partial ?? members.get(g.GroupName) ?? [],
        attachedPolicies: attached(g.AttachedManagedPolicies),
        inlinePolicies: inline(g.GroupPolicyList),
      },
      origin: { kind: 'live', calls },
    });
  }
  for (const r of pages.flatMap((p) => p.RoleDetailList ?? [])) {
    if (!r.Arn || !r.RoleName) continue;
    ctx.add({
      ...base('AWS::IAM::Role', r.Arn, r.RoleName, [r.RoleName, ...(r.RoleId ? [r.RoleId] : [])]),
      type: 'AWS::IAM::Role',
      tags: tagRecord(r.Tags, (t) => t.Key, (t) => t.Value),
      props: {
        roleName: r.RoleName,
        trustPolicy: document(r.AssumeRolePolicyDocument),
        attachedPolicies: attached(r.AttachedManagedPolicies),
        inlinePolicies: inline(r.RolePolicyList),
      },
      origin: { kind: 'live', calls },
    });
  }
  for (const p of pages.flatMap((x) => x.Policies ?? [])) {
    if (!p.Arn || !p.PolicyName) continue;
    const awsManaged = p.Arn.includes(':iam::aws:policy/');
    // AWS managed policies matter only where attached: their documents feed the analysis of
    // the principals holding them, and the account cannot change them.
    if (awsManaged && !p.AttachmentCount) continue;
    ctx.add({
      ...base('AWS::IAM::ManagedPolicy', p.Arn, p.PolicyName, []),
      type: 'AWS::IAM::ManagedPolicy',
      tags: unknown('managed policy tags are not read'),
      props: { policyName: p.PolicyName, awsManaged, document: defaultDocument(p) },
      origin: { kind: 'live', calls },
    });
  }
}

function defaultDocument(p: ManagedPolicyDetail): ReturnType<typeof normalizePolicy> {
  const v = (p.PolicyVersionList ?? []).find((x) => x.IsDefaultVersion) ?? (p.PolicyVersionList ?? []).find((x) => x.VersionId === p.DefaultVersionId);
  return v ? document(v.Document) : unknown('the default policy version was not returned');
}

type Attachments = Pick<IamUserProps, 'groups' | 'attachedPolicies' | 'inlinePolicies'>;

/** A user's credentials come from the credential report. */
function userProps(userName: string, created: Date | undefined, report: CredentialReport, arn: string, a: Attachments): IamUserProps {
  const row = report.ok ? report.rows.get(arn) : undefined;
  const missing = !report.ok
    ? unknown(report.reason)
    : unknown('not in the credential report (created after the report was generated)');
  const createdAt = created ? created.toISOString() : (row && reportDate(row.user_creation_time)) ?? unknown('no creation date');
  if (!row) {
    return { userName, createdAt, consoleAccess: missing, passwordLastUsed: missing, passwordLastChanged: missing, mfaEnabled: missing, accessKeys: missing, ...a };
  }
  const consoleAccess = row.password_enabled === 'true';
  return {
    userName,
    createdAt,
    consoleAccess,
    passwordLastUsed: consoleAccess ? reportDate(row.password_last_used) : null,
    passwordLastChanged: consoleAccess ? reportDate(row.password_last_changed) : null,
    mfaEnabled: row.mfa_active === 'true',
    accessKeys: reportKeys(row),
    ...a,
  };
}

/** The report has two key slots; a slot never used for a key says N/A when rotated. */
export function reportKeys(row: ReportRow): IamAccessKey[] {
  const keys: IamAccessKey[] = [];
  for (const n of [1, 2]) {
    const active = row[`access_key_${n}_active`] === 'true';
    const rotated = reportDate(row[`access_key_${n}_last_rotated`]);
    if (!active && rotated === null) continue;
    keys.push({
      label: `access key ${n}`,
      status: active ? 'Active' : 'Inactive',
      createdAt: rotated ?? unknown('the credential report gives no rotation date'),
      lastUsedAt: reportDate(row[`access_key_${n}_last_used_date`]),
    });
  }
  return keys;
}


