import type { IamPropsByType } from '../../../model/aws/iam.js';
import type { GoodDefaults } from './types.js';

const ACCOUNT = '111122223333';

/** Known-good props of each iam type: a resource every rule passes. */
export const IAM_GOOD: GoodDefaults<IamPropsByType> = {
  'AWS::IAM::User': () => ({
    userName: 'alice',
    createdAt: '2026-01-05T09:00:00Z',
    consoleAccess: true,
    passwordLastUsed: '2026-11-20T08:30:00Z',
    passwordLastChanged: '2026-09-01T10:00:00Z',
    mfaEnabled: true,
    accessKeys: [],
    groups: ['clinicians'],
    attachedPolicies: [],
    inlinePolicies: [],
  }),
  'AWS::IAM::Group': () => ({
    groupName: 'clinicians',
    members: ['alice'],
    attachedPolicies: [`arn:aws:iam::${ACCOUNT}:policy/clinician-read`],
    inlinePolicies: [],
  }),
  'AWS::IAM::Role': () => ({
    roleName: 'app-task',
    trustPolicy: {
      version: '2012-10-17',
      statements: [{ effect: 'Allow', principal: { Service: ['ecs-tasks.amazonaws.com'] }, action: ['sts:AssumeRole'] }],
    },
    attachedPolicies: [`arn:aws:iam::${ACCOUNT}:policy/app-logs`],
    inlinePolicies: [],
  }),
  'AWS::IAM::ManagedPolicy': () => ({
    policyName: 'clinician-read',
    awsManaged: false,
    document: {
      version: '2012-10-17',
      statements: [{ effect: 'Allow', action: ['logs:PutLogEvents', 'logs:CreateLogStream'], resource: [`arn:aws:logs:us-east-1:${ACCOUNT}:log-group:/phi/app:*`] }],
    },
  }),
  'AWS::IAM::AccountPasswordPolicy': () => ({
    policy: {
      minimumLength: 14,
      requireUppercase: true,
      requireLowercase: true,
      requireNumbers: true,
      requireSymbols: true,
      reusePrevention: 24,
      maxAgeDays: 90,
    },
  }),
  'AWS::IAM::RootUser': () => ({ mfaEnabled: true, virtualMfa: false, accessKeysPresent: false }),
};
