import type { Known } from '../unknown.js';
import type { PolicyDocument } from './policy.js';
import type { RelationSpec } from './relation-spec.js';

/**
 * A policy embedded in one user, group or role. `name` is what IAM calls it (PolicyName);
 * IaC inline policies that have no name of their own carry their logical id or address.
 */
export interface IamInlinePolicy {
  name: Known<string>;
  document: Known<PolicyDocument | null>;
}

/** A long-lived access key of a user (or of the root user). Times are ISO 8601. */
export interface IamAccessKey {
  /** What names it in a finding: `access key 1` (credential report slot), a logical id or address. */
  label: string;
  status: Known<'Active' | 'Inactive'>;
  /** When it was created or last rotated; IaC cannot know it before deploy. */
  createdAt: Known<string>;
  /** null: never used. */
  lastUsedAt: Known<string | null>;
}

export interface IamUserProps {
  userName: Known<string>;
  createdAt: Known<string>;
  /** Has a console password (a login profile). */
  consoleAccess: Known<boolean>;
  /** null: the password was never used (or there is none). */
  passwordLastUsed: Known<string | null>;
  /** null: no password. */
  passwordLastChanged: Known<string | null>;
  /** At least one MFA device (virtual, hardware, passkey) is enrolled. */
  mfaEnabled: Known<boolean>;
  accessKeys: Known<IamAccessKey[]>;
  /** Group names, or the IaC reference tokens of groups of the same configuration. */
  groups: Known<Known<string>[]>;
  /** Managed policy ARNs, or IaC reference tokens of managed policies. */
  attachedPolicies: Known<Known<string>[]>;
  inlinePolicies: Known<IamInlinePolicy[]>;
}

export interface IamGroupProps {
  groupName: Known<string>;
  /** User names, or IaC reference tokens of users. */
  members: Known<Known<string>[]>;
  attachedPolicies: Known<Known<string>[]>;
  inlinePolicies: Known<IamInlinePolicy[]>;
}

export interface IamRoleProps {
  roleName: Known<string>;
  /** The trust (assume-role) policy. */
  trustPolicy: Known<PolicyDocument | null>;
  attachedPolicies: Known<Known<string>[]>;
  inlinePolicies: Known<IamInlinePolicy[]>;
}

export interface IamManagedPolicyProps {
  policyName: Known<string>;
  /** AWS managed (`arn:aws:iam::aws:policy/...`) rather than written by the account. */
  awsManaged: boolean;
  /** The default version's document. */
  document: Known<PolicyDocument | null>;
}

/** IAM's account password policy, with AWS's defaults settled for what is not set. */
export interface IamPasswordPolicy {
  minimumLength: Known<number>;
  requireUppercase: Known<boolean>;
  requireLowercase: Known<boolean>;
  requireNumbers: Known<boolean>;
  requireSymbols: Known<boolean>;
  /** null: previous passwords may be reused. */
  reusePrevention: Known<number | null>;
  /** null: passwords never expire. */
  maxAgeDays: Known<number | null>;
}

export interface IamAccountPasswordPolicyProps {
  /** null: the account has no password policy (IAM's defaults apply: 8 characters, nothing more). */
  policy: Known<IamPasswordPolicy | null>;
}

/** The account's root user, as the account summary and the MFA device list describe it. */
export interface IamRootUserProps {
  mfaEnabled: Known<boolean>;
  /** The root user's MFA is a virtual (authenticator app) device. */
  virtualMfa: Known<boolean>;
  accessKeysPresent: Known<boolean>;
}

/** Model types of IAM (users, groups, roles, policies, password policy, root) and Organizations: props settled by every source's adapter. */
export interface IamPropsByType {
  'AWS::IAM::User': IamUserProps;
  'AWS::IAM::Group': IamGroupProps;
  'AWS::IAM::Role': IamRoleProps;
  'AWS::IAM::ManagedPolicy': IamManagedPolicyProps;
  'AWS::IAM::AccountPasswordPolicy': IamAccountPasswordPolicyProps;
  'AWS::IAM::RootUser': IamRootUserProps;
}

/** What resources of these types name of others. */
export const IAM_RELATIONS: readonly RelationSpec[] = [];
