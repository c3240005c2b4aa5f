import { normalizePolicy } from '../../../../model/aws/policy.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asString, at } from '../values.js';
import { nameList } from './iam-principals.js';
import { type AdapterContext, join, type TemplateResource } from './types.js';

type Principal = Resource<'AWS::IAM::User'> | Resource<'AWS::IAM::Group'> | Resource<'AWS::IAM::Role'>;

/** What a joined resource that may not exist contributes: the value, or why it is unknown. */
function maybe<T>(joined: TemplateResource, exists: Known<boolean>, value: Known<T>): Known<T> {
  return isUnknown(exists)
    ? unknown(`${joined.logicalId} exists only under a condition that cannot be decided: ${exists.$unknown}`)
    : value;
}

function push<T>(list: Known<Known<T>[]>, item: Known<T>): void {
  if (!isUnknown(list) && !list.some((x) => x === item)) list.push(item);
}

/** An inline policy declared on its own (`AWS::IAM::Policy`, `AWS::IAM::UserPolicy`…) joins the principals it names. */
function addInline(joined: TemplateResource, target: Principal, exists: Known<boolean>): void {
  const list = target.props.inlinePolicies;
  if (isUnknown(list)) return;
  const p = joined.properties;
  list.push({
    name: asString(at(p, 'PolicyName'), 'PolicyName') ?? joined.logicalId,
    document: maybe(joined, exists, normalizePolicy(at(p, 'PolicyDocument'))),
  });
}

const inlineJoins = (['User', 'Group', 'Role'] as const).flatMap((kind) => [
  join({
    type: 'AWS::IAM::Policy',
    target: `AWS::IAM::${kind}`,
    via: `${kind}s`,
    attach: (joined, target, _ctx, exists) => addInline(joined, target as Principal, exists),
  }),
  join({
    type: `AWS::IAM::${kind}Policy`,
    target: `AWS::IAM::${kind}`,
    via: `${kind}Name`,
    attach: (joined, target, _ctx, exists) => addInline(joined, target as Principal, exists),
  }),
  // A managed policy may name the principals it attaches to.
  join({
    type: 'AWS::IAM::ManagedPolicy',
    target: `AWS::IAM::${kind}`,
    via: `${kind}s`,
    attach: (joined, target, ctx: AdapterContext, exists) =>
      push((target as Principal).props.attachedPolicies, maybe(joined, exists, ctx.token(joined.logicalId))),
  }),
]);

/** A user's `Groups` makes it a member of each group the template declares. */
const userGroups = join({
  type: 'AWS::IAM::User',
  target: 'AWS::IAM::Group',
  via: 'Groups',
  attach: (user, group, ctx, exists) => push(group.props.members, maybe(user, exists, ctx.token(user.logicalId))),
});

/** `AWS::IAM::UserToGroupAddition` adds users to a group: joined into both sides. */
const additionToGroup = join({
  type: 'AWS::IAM::UserToGroupAddition',
  target: 'AWS::IAM::Group',
  via: 'GroupName',
  attach(addition, group, _ctx, exists) {
    const users = nameList(at(addition.properties, 'Users'), 'Users');
    const added: Known<string>[] = isUnknown(users) ? [users] : users;
    for (const u of added) push(group.props.members, maybe(addition, exists, u));
  },
});

const additionToUser = join({
  type: 'AWS::IAM::UserToGroupAddition',
  target: 'AWS::IAM::User',
  via: 'Users',
  attach(addition, user, _ctx, exists) {
    const group = asString(at(addition.properties, 'GroupName'), 'GroupName') ?? unknown('GroupName is required but not declared');
    push(user.props.groups, maybe(addition, exists, group));
  },
});

/** `AWS::IAM::AccessKey` gives its user a long-lived key; Status defaults to Active. */
const accessKey = join({
  type: 'AWS::IAM::AccessKey',
  target: 'AWS::IAM::User',
  via: 'UserName',
  attach(key, user, _ctx, exists) {
    const keys = user.props.accessKeys;
    if (isUnknown(keys)) return;
    const status = asString(at(key.properties, 'Status'), 'Status') ?? 'Active';
    keys.push({
      label: key.logicalId,
      status: maybe(key, exists, isUnknown(status) || status === 'Active' || status === 'Inactive' ? status : unknown(`unrecognised Status ${status}`)),
      createdAt: unknown('known only once deployed'),
      lastUsedAt: unknown('known only once deployed'),
    });
  },
});

export const IAM_JOINS = [...inlineJoins, userGroups, additionToGroup, additionToUser, accessKey];
