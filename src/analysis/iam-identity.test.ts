import { describe, expect, it } from 'vitest';
import type { PolicyStatement } from '../model/aws/policy.js';
import { unknown } from '../model/unknown.js';
import { awsManagedExcerpt, isAwsManagedArn } from './iam-aws-managed.js';
import { allowRequiresMfa, allowsAdminStarStar, denyWithoutMfa, serviceWildcards, touchesResource } from './iam-policy.js';
import { mayReadUnseen } from './iam-principal.js';
import { parseReport } from '../collect/aws/iam/credential-report.js';

const allow = (over: Partial<PolicyStatement>): PolicyStatement => ({ effect: 'Allow', action: ['s3:GetObject'], resource: ['*'], ...over });
const OBJECTS = ['arn:aws:s3:::phi-records/*'];

describe('touchesResource', () => {
  it.each([
    [['*'], true],
    [['arn:aws:s3:::phi-records/reports/*'], true],
    [['arn:aws:s3:::phi-*/*'], true],
    [['arn:aws:s3:::phi-records'], false],
    [['arn:aws:s3:::other/*'], false],
  ])('Resource %j reaches objects of phi-records: %s', (resource, hit) => {
    expect(touchesResource(allow({ resource }), OBJECTS)).toBe(hit);
  });

  it('NotResource reaches the target unless it excludes all of it', () => {
    expect(touchesResource({ effect: 'Allow', notResource: ['arn:aws:s3:::phi-records/public/*'] }, OBJECTS)).toBe(true);
    expect(touchesResource({ effect: 'Allow', notResource: ['arn:aws:s3:::phi-*'] }, OBJECTS)).toBe(false);
  });

  it('an unresolved resource is unknown', () => {
    expect(touchesResource(allow({ resource: [unknown('parameter R has no value')] }), OBJECTS)).toEqual(unknown('parameter R has no value'));
  });
});

describe('MFA conditions', () => {
  it.each([
    [{ Bool: { 'aws:multifactorauthpresent': ['true'] } }, true],
    [{ Bool: { 'aws:multifactorauthpresent': ['True'] } }, true],
    [{ BoolIfExists: { 'aws:multifactorauthpresent': ['true'] } }, false],
    [{ Bool: { 'aws:multifactorauthpresent': ['false'] } }, false],
    [{ NumericLessThan: { 'aws:multifactorauthage': ['3600'] } }, true],
    [{ Null: { 'aws:multifactorauthage': ['false'] } }, true],
    [{ StringEquals: { 'aws:sourcevpce': ['vpce-1'] } }, false],
  ])('an Allow with %j requires MFA: %s', (condition, required) => {
    expect(allowRequiresMfa(allow({ condition }))).toBe(required);
  });

  it.each([
    [{ BoolIfExists: { 'aws:multifactorauthpresent': ['false'] } }, true],
    [{ Null: { 'aws:multifactorauthpresent': ['true'] } }, true],
    // Requests signed with a long-term key carry no MFA key: a plain Bool never matches them.
    [{ Bool: { 'aws:multifactorauthpresent': ['false'] } }, false],
    [{ BoolIfExists: { 'aws:multifactorauthpresent': ['false'] }, StringEquals: { 'aws:requestedregion': ['us-east-1'] } }, false],
  ])('a Deny with %j is the MFA guard: %s', (condition, guard) => {
    expect(denyWithoutMfa({ effect: 'Deny', action: ['*'], resource: ['*'], condition })).toBe(guard);
  });
});

describe('statement shapes', () => {
  it('finds service wildcards and admin statements', () => {
    expect(serviceWildcards(allow({ action: ['s3:*', 's3:Get*', 'kms:*', '*'] }))).toEqual(['s3:*', 'kms:*']);
    expect(allowsAdminStarStar(allow({ action: ['*:*'] }))).toBe(true);
    expect(allowsAdminStarStar(allow({ action: ['*'], resource: ['arn:aws:s3:::x'] }))).toBe(false);
    expect(allowsAdminStarStar({ effect: 'Deny', action: ['*'], resource: ['*'] })).toBe(false);
  });
});

describe('mayReadUnseen', () => {
  const gathered = (statement: PolicyStatement) => ({ statements: [{ policy: 'p', index: 0, statement }], unknowns: [] });
  it.each([
    [allow({}), true],
    [allow({ resource: ['arn:aws:s3:::data-*/*'] }), true],
    [allow({ resource: ['arn:aws:s3:::reports/*'] }), false],
    [allow({ resource: ['ref:tpl.yaml#Reports/*'] }), false],
    [allow({ action: ['kms:Decrypt'], resource: ['arn:aws:kms:us-east-1:111122223333:key/*'] }), true],
    [allow({ action: ['s3:PutObject'] }), false],
  ])('%j may read a store not seen: %s', (st, may) => {
    expect(mayReadUnseen(gathered(st)) !== undefined).toBe(may);
  });
});

describe('AWS managed excerpts', () => {
  it('knows policies by ARN whatever their path', () => {
    expect(isAwsManagedArn('arn:aws:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole')).toBe(true);
    expect(isAwsManagedArn('arn:aws:iam::111122223333:policy/AdministratorAccess')).toBe(false);
    expect(awsManagedExcerpt('arn:aws-us-gov:iam::aws:policy/AdministratorAccess')?.statements).toEqual([{ effect: 'Allow', action: ['*'], resource: ['*'] }]);
    expect(awsManagedExcerpt('arn:aws:iam::aws:policy/AmazonRedshiftFullAccess')).toBeUndefined();
  });
});

describe('credential report CSV', () => {
  it('reads quoted fields and unquoted commas in names alike', () => {
    const rows = parseReport('user,arn,mfa_active\n"a,b","arn:aws:iam::1:user/a,b",true\nc,d,arn:aws:iam::1:user/c,d,false\n');
    expect(rows.get('arn:aws:iam::1:user/a,b')).toEqual({ user: 'a,b', arn: 'arn:aws:iam::1:user/a,b', mfa_active: 'true' });
    expect(rows.get('arn:aws:iam::1:user/c,d')).toEqual({ user: 'c,d', arn: 'arn:aws:iam::1:user/c,d', mfa_active: 'false' });
  });
});
