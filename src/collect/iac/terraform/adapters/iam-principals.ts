import type { IamInlinePolicy } from '../../../../model/aws/iam.js';
import type { AnyResource, Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { blocks, literalName, policy, str, strings } from './attrs.js';
import { RefIndex, resourceOf } from './common.js';

export const IAM_PRINCIPAL_TYPES = [
  'aws_iam_user',
  'aws_iam_group',
  'aws_iam_role',
  'aws_iam_policy',
  'aws_iam_user_login_profile',
  'aws_iam_access_key',
  'aws_iam_group_membership',
  'aws_iam_user_group_membership',
  'aws_iam_user_policy',
  'aws_iam_group_policy',
  'aws_iam_role_policy',
  'aws_iam_user_policy_attachment',
  'aws_iam_group_policy_attachment',
  'aws_iam_role_policy_attachment',
  'aws_iam_policy_attachment',
];

type User = Resource<'AWS::IAM::User'>;
type Group = Resource<'AWS::IAM::Group'>;
type Role = Resource<'AWS::IAM::Role'>;
type Principal = User | Group | Role;
type Of = (tfType: string) => Declared[];

const DEPLOY = 'known only once applied';

function nameOf(d: Declared, what: string): Known<string> {
  if (d.unknownReason) return unknown(d.unknownReason);
  return str(d.attrs.name, null, 'name') ?? unknown(`${what} name is not set: Terraform generates it at apply time`);
}

function user(d: Declared): User {
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  const name = nameOf(d, 'user');
  const literal = literalName(d.attrs.name);
  return resourceOf(d, 'AWS::IAM::User', {
    userName: name,
    createdAt: unknown(`creation time is ${DEPLOY}`),
    // aws_iam_user_login_profile gives a console password; joined below.
    consoleAccess: u ?? false,
    passwordLastUsed: unknown(`password use is ${DEPLOY}`),
    passwordLastChanged: unknown(`password changes are ${DEPLOY}`),
    mfaEnabled: unknown('MFA devices are enrolled by the user, outside the configuration'),
    accessKeys: u ?? [],
    groups: u ?? [],
    attachedPolicies: u ?? [],
    inlinePolicies: u ?? [],
  }, literal ? { name: literal, refs: [literal] } : {});
}

function group(d: Declared): Group {
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  const literal = literalName(d.attrs.name);
  return resourceOf(d, 'AWS::IAM::Group', {
    groupName: nameOf(d, 'group'),
    members: u ?? [],
    attachedPolicies: u ?? [],
    inlinePolicies: u ?? [],
  }, literal ? { name: literal, refs: [literal] } : {});
}

function inlineBlocks(d: Declared): Known<IamInlinePolicy[]> {
  const list = blocks(d.attrs.inline_policy, 'inline_policy');
  if (isUnknown(list)) return list;
  // An empty inline_policy {} block is how the provider is told to remove them all.
  return list
    .filter((b) => b.name !== undefined || b.policy !== undefined)
    .map((b) => ({ name: str(b.name, 'inline_policy', 'name'), document: policy(b.policy) }));
}

function role(d: Declared): Role {
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  const literal = literalName(d.attrs.name);
  const managed = strings(d.attrs.managed_policy_arns, 'managed_policy_arns');
  return resourceOf(d, 'AWS::IAM::Role', {
    roleName: nameOf(d, 'role'),
    trustPolicy: u ?? policy(d.attrs.assume_role_policy) ?? unknown('assume_role_policy is required but not set'),
    attachedPolicies: u ?? managed ?? [],
    inlinePolicies: u ?? inlineBlocks(d),
  }, literal ? { name: literal, refs: [literal] } : {});
}

function managedPolicy(d: Declared): Resource<'AWS::IAM::ManagedPolicy'> {
  const literal = literalName(d.attrs.name);
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  return resourceOf(d, 'AWS::IAM::ManagedPolicy', {
    policyName: nameOf(d, 'policy'),
    awsManaged: false,
    document: u ?? policy(d.attrs.policy) ?? unknown('policy is required but not set'),
  }, literal ? { name: literal } : {});
}

function push<T>(list: Known<Known<T>[]>, item: Known<T>): void {
  if (!isUnknown(list) && !list.some((x) => x === item)) list.push(item);
}

/** The value a joining resource contributes, or why it is unknown when its count is. */
const maybe = <T>(d: Declared, v: Known<T>): Known<T> => (d.unknownReason ? unknown(d.unknownReason) : v);

/** Each value of a list argument (`users`, `groups`), or the whole list's unknown. */
function each(v: unknown, what: string): Known<string>[] {
  const list = strings(v, what) ?? [];
  return isUnknown(list) ? [list] : list;
}

/**
 * Users, groups, roles and customer managed policies, with the Terraform resources that
 * configure them joined in: login profiles, access keys, memberships, inline policies and
 * attachments, each naming its principal by name or reference.
 */
export function buildPrincipals(of: Of): AnyResource[] {
  const users = of('aws_iam_user').map(user);
  const groups = of('aws_iam_group').map(group);
  const roles = of('aws_iam_role').map(role);
  const policies = of('aws_iam_policy').map(managedPolicy);
  const index = <R extends Principal>(list: R[]) => {
    const idx = new RefIndex<R>();
    for (const r of list) idx.add(r.refs ?? [], r);
    return idx;
  };
  const byUser = index(users);
  const byGroup = index(groups);
  const byRole = index(roles);

  for (const d of of('aws_iam_user_login_profile')) {
    const u = byUser.get(d.attrs.user);
    if (u) u.props.consoleAccess = maybe(d, true);
  }
  for (const d of of('aws_iam_access_key')) {
    const u = byUser.get(d.attrs.user);
    if (!u || isUnknown(u.props.accessKeys)) continue;
    const status = str(d.attrs.status, 'Active', 'status');
    u.props.accessKeys.push({
      label: d.address,
      status: maybe(d, isUnknown(status) || status === 'Active' || status === 'Inactive' ? status : unknown(`unrecognised status ${status}`)),
      createdAt: unknown(DEPLOY),
      lastUsedAt: unknown(DEPLOY),
    });
  }
  for (const d of of('aws_iam_group_membership')) {
    const g = byGroup.get(d.attrs.group);
    for (const name of each(d.attrs.users, 'users')) {
      if (g) push(g.props.members, maybe(d, name));
      const u = byUser.get(name);
      if (u) push(u.props.groups, maybe(d, str(d.attrs.group, null, 'group') ?? unknown('group is not set')));
    }
  }
  for (const d of of('aws_iam_user_group_membership')) {
    const u = byUser.get(d.attrs.user);
    for (const name of each(d.attrs.groups, 'groups')) {
      if (u) push(u.props.groups, maybe(d, name));
      const g = byGroup.get(name);
      if (g) push(g.props.members, maybe(d, str(d.attrs.user, null, 'user') ?? unknown('user is not set')));
    }
  }
  const inline = (tf: string, arg: string, idx: RefIndex<Principal>) => {
    for (const d of of(tf)) {
      const p = idx.get(d.attrs[arg]);
      if (!p || isUnknown(p.props.inlinePolicies)) continue;
      p.props.inlinePolicies.push({ name: str(d.attrs.name, d.address, 'name'), document: maybe(d, policy(d.attrs.policy)) });
    }
  };
  inline('aws_iam_user_policy', 'user', byUser as RefIndex<Principal>);
  inline('aws_iam_group_policy', 'group', byGroup as RefIndex<Principal>);
  inline('aws_iam_role_policy', 'role', byRole as RefIndex<Principal>);
  const attach = (d: Declared, p: Principal | undefined) => {
    if (p) push(p.props.attachedPolicies, maybe(d, str(d.attrs.policy_arn, null, 'policy_arn') ?? unknown('policy_arn is not set')));
  };
  for (const d of of('aws_iam_user_policy_attachment')) attach(d, byUser.get(d.attrs.user));
  for (const d of of('aws_iam_group_policy_attachment')) attach(d, byGroup.get(d.attrs.group));
  for (const d of of('aws_iam_role_policy_attachment')) attach(d, byRole.get(d.attrs.role));
  for (const d of of('aws_iam_policy_attachment')) {
    for (const n of each(d.attrs.users, 'users')) attach(d, byUser.get(n));
    for (const n of each(d.attrs.groups, 'groups')) attach(d, byGroup.get(n));
    for (const n of each(d.attrs.roles, 'roles')) attach(d, byRole.get(n));
  }
  return [...users, ...groups, ...roles, ...policies];
}

