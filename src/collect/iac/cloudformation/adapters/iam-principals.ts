import type { IamInlinePolicy } from '../../../../model/aws/iam.js';
import { normalizePolicy } from '../../../../model/aws/policy.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asList, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

/** A list of names or ARNs (Groups, ManagedPolicyArns, Users); absent is empty. */
export function nameList(v: unknown, what: string): Known<Known<string>[]> {
  const list = asList(v, what);
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  return list.map((x) => asString(x, what) ?? unknown(`${what} holds an empty value`));
}

/** `Policies: [{PolicyName, PolicyDocument}]`, the inline policies of a user, group or role. */
function inlineList(v: unknown): Known<IamInlinePolicy[]> {
  const list = asList(v, 'Policies');
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  return list.map((p) => ({
    name: asString(at(p, 'PolicyName'), 'PolicyName') ?? unknown('PolicyName is required but not declared'),
    document: normalizePolicy(at(p, 'PolicyDocument')),
  }));
}

const DEPLOY = 'known only once deployed';

export function iamUser(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::IAM::User'> {
  const p = res.properties;
  const name = asString(at(p, 'UserName'), 'UserName');
  const id = namedIdentity(res, ctx, name);
  const login = at(p, 'LoginProfile');
  return iacResource(res, ctx, {
    type: 'AWS::IAM::User',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      userName: name ?? unknown('UserName is not declared: CloudFormation generates it at deploy time'),
      createdAt: unknown(`creation time is ${DEPLOY}`),
      // A LoginProfile gives the user a console password.
      consoleAccess: isUnknown(login) ? login : login !== undefined,
      passwordLastUsed: unknown(`password use is ${DEPLOY}`),
      passwordLastChanged: unknown(`password changes are ${DEPLOY}`),
      mfaEnabled: unknown('MFA devices are enrolled by the user, outside the template'),
      accessKeys: [],
      groups: nameList(at(p, 'Groups'), 'Groups'),
      attachedPolicies: nameList(at(p, 'ManagedPolicyArns'), 'ManagedPolicyArns'),
      inlinePolicies: inlineList(at(p, 'Policies')),
    },
  });
}

export function iamGroup(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::IAM::Group'> {
  const p = res.properties;
  const name = asString(at(p, 'GroupName'), 'GroupName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::IAM::Group',
    name: id.name,
    // IAM groups cannot carry tags.
    tags: {},
    refs: id.refs,
    props: {
      groupName: name ?? unknown('GroupName is not declared: CloudFormation generates it at deploy time'),
      // Users name their groups; joined from them and from UserToGroupAddition.
      members: [],
      attachedPolicies: nameList(at(p, 'ManagedPolicyArns'), 'ManagedPolicyArns'),
      inlinePolicies: inlineList(at(p, 'Policies')),
    },
  });
}

export function iamRole(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::IAM::Role'> {
  const p = res.properties;
  const name = asString(at(p, 'RoleName'), 'RoleName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::IAM::Role',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      roleName: name ?? unknown('RoleName is not declared: CloudFormation generates it at deploy time'),
      trustPolicy: normalizePolicy(at(p, 'AssumeRolePolicyDocument')) ?? unknown('AssumeRolePolicyDocument is required but not declared'),
      attachedPolicies: nameList(at(p, 'ManagedPolicyArns'), 'ManagedPolicyArns'),
      inlinePolicies: inlineList(at(p, 'Policies')),
    },
  });
}

export function iamManagedPolicy(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::IAM::ManagedPolicy'> {
  const p = res.properties;
  const name = asString(at(p, 'ManagedPolicyName'), 'ManagedPolicyName');
  // !Ref of a managed policy is its ARN, which holds the name only once deployed.
  const id = namedIdentity(res, ctx, undefined);
  return iacResource(res, ctx, {
    type: 'AWS::IAM::ManagedPolicy',
    name: typeof name === 'string' ? name : id.name,
    tags: {},
    refs: id.refs,
    props: {
      policyName: name ?? unknown('ManagedPolicyName is not declared: CloudFormation generates it at deploy time'),
      awsManaged: false,
      document: normalizePolicy(at(p, 'PolicyDocument')) ?? unknown('PolicyDocument is required but not declared'),
    },
  });
}
