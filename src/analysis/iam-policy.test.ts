import { describe, expect, it } from 'vitest';
import { normalizePolicy, type PolicyDocument, type PolicyStatement } from '../model/aws/policy.js';
import { isUnknown, unknown } from '../model/unknown.js';
import {
  allTri,
  anyTri,
  appliesToEveryone,
  boolValues,
  conditionEntries,
  coversAction,
  coversResource,
  deniesEveryone,
  grantsEveryone,
  isEveryone,
  isRestrictingCondition,
  patternCovers,
  patternsOverlap,
  wildcardMatch,
} from './iam-policy.js';

const st = (raw: object): PolicyStatement => (normalizePolicy({ Statement: [raw] }) as PolicyDocument).statements[0]!;
const U = unknown('unresolved');
const OBJ = ['arn:aws:s3:::b/*'];

describe('three-valued logic', () => {
  it('anyTri: true wins, then unknown, then false', () => {
    expect(anyTri([false, U, true])).toBe(true);
    expect(anyTri([false, U])).toEqual(U);
    expect(anyTri([false, false])).toBe(false);
    expect(anyTri([])).toBe(false);
  });
  it('allTri: false wins, then unknown, then true', () => {
    expect(allTri([true, U, false])).toBe(false);
    expect(allTri([true, U])).toEqual(U);
    expect(allTri([true])).toBe(true);
  });
});

describe('wildcards', () => {
  it('matches * and ? in a literal', () => {
    expect(wildcardMatch('s3:Get*', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:Get*', 's3:PutObject')).toBe(false);
    expect(wildcardMatch('s3:?etObject', 's3:GetObject')).toBe(true);
    expect(wildcardMatch('s3:?etObject', 's3:etObject')).toBe(false);
    expect(wildcardMatch('*', '')).toBe(true);
  });
  it('compares actions case-insensitively only when asked', () => {
    expect(wildcardMatch('S3:getobject', 's3:GetObject', true)).toBe(true);
    expect(wildcardMatch('arn:aws:s3:::B/*', 'arn:aws:s3:::b/x')).toBe(false);
  });
  it('treats * and ? in the value as plain characters', () => {
    expect(wildcardMatch('a?c', 'a*c')).toBe(true);
    expect(wildcardMatch('abc', 'a*c')).toBe(false);
  });
  it('patternCovers: a pattern covers another only if it matches all it matches', () => {
    expect(patternCovers('arn:aws:s3:::b/*', 'arn:aws:s3:::b/*')).toBe(true);
    expect(patternCovers('*', 'arn:aws:s3:::b/*')).toBe(true);
    expect(patternCovers('arn:aws:s3:::*/*', 'arn:aws:s3:::b/*')).toBe(true);
    expect(patternCovers('arn:aws:s3:::b/reports/*', 'arn:aws:s3:::b/*')).toBe(false);
    expect(patternCovers('arn:aws:s3:::b/?', 'arn:aws:s3:::b/*')).toBe(false);
    expect(patternCovers('arn:aws:s3:::b', 'arn:aws:s3:::b/*')).toBe(false);
  });
  it('patternsOverlap: some string matches both', () => {
    expect(patternsOverlap('arn:aws:s3:::b/public/*', 'arn:aws:s3:::b/*')).toBe(true);
    expect(patternsOverlap('arn:aws:s3:::other/*', 'arn:aws:s3:::b/*')).toBe(false);
    expect(patternsOverlap('arn:aws:s3:::b?/*', 'arn:aws:s3:::b/*')).toBe(true); // b//…
    expect(patternsOverlap('a?', 'abc*')).toBe(false);
    expect(patternsOverlap('*/x', 'a*')).toBe(true);
    expect(patternsOverlap('a?c', 'abc')).toBe(true);
  });
});

describe('actions', () => {
  it('Action lists what the statement applies to, with wildcards', () => {
    expect(coversAction(st({ Action: 's3:*' }), 's3:GetObject')).toBe(true);
    expect(coversAction(st({ Action: ['s3:Get*', 's3:List*'] }), 's3:PutObject')).toBe(false);
    expect(coversAction(st({ Action: '*' }), 's3:PutObject')).toBe(true);
  });
  it('NotAction applies to everything it does not list', () => {
    expect(coversAction(st({ NotAction: 's3:Get*' }), 's3:PutObject')).toBe(true);
    expect(coversAction(st({ NotAction: 's3:Get*' }), 's3:GetObject')).toBe(false);
  });
  it('an unresolved action decides only when no known one does', () => {
    expect(isUnknown(coversAction(st({ Action: ['s3:ListBucket', U] }), 's3:GetObject'))).toBe(true);
    expect(coversAction(st({ Action: ['s3:GetObject', U] }), 's3:GetObject')).toBe(true);
    expect(coversAction(st({ NotAction: ['s3:GetObject', U] }), 's3:GetObject')).toBe(false);
    expect(isUnknown(coversAction(st({ NotAction: [U] }), 's3:GetObject'))).toBe(true);
  });
  it('a statement with neither covers nothing', () => {
    expect(coversAction(st({}), 's3:GetObject')).toBe(false);
  });
});

describe('resources', () => {
  it('Resource must cover all of the target in one of its spellings', () => {
    expect(coversResource(st({ Resource: 'arn:aws:s3:::b/*' }), OBJ)).toBe(true);
    expect(coversResource(st({ Resource: 'ref:t.yaml#B/*' }), ['arn:aws:s3:::b/*', 'ref:t.yaml#B/*'])).toBe(true);
    expect(coversResource(st({ Resource: 'arn:aws:s3:::b/x/*' }), OBJ)).toBe(false);
  });
  it('NotResource covers the target only when it spares none of it', () => {
    expect(coversResource(st({ NotResource: 'arn:aws:s3:::other/*' }), OBJ)).toBe(true);
    expect(coversResource(st({ NotResource: 'arn:aws:s3:::b/public/*' }), OBJ)).toBe(false);
    expect(isUnknown(coversResource(st({ NotResource: U }), OBJ))).toBe(true);
  });
});

describe('principals', () => {
  it('recognises everyone', () => {
    expect(isEveryone('*')).toBe(true);
    expect(isEveryone({ AWS: ['*'] })).toBe(true);
    expect(isEveryone({ AWS: ['arn:aws:iam::111122223333:root', '*'] })).toBe(true);
    expect(isEveryone({ AWS: ['arn:aws:iam::111122223333:root'] })).toBe(false);
    expect(isEveryone({ Service: ['cloudtrail.amazonaws.com'] })).toBe(false);
    expect(isEveryone(undefined)).toBe(false);
    expect(isUnknown(isEveryone(U))).toBe(true);
    expect(isUnknown(isEveryone({ AWS: [U] }))).toBe(true);
  });
  it('NotPrincipal: everyone else for an Allow, not everyone for a Deny', () => {
    const s = st({ NotPrincipal: { AWS: 'arn:aws:iam::111122223333:root' } });
    expect(appliesToEveryone(s, 'Allow')).toBe(true);
    expect(appliesToEveryone(s, 'Deny')).toBe(false);
  });
});

describe('conditions', () => {
  it('splits operators into qualifier, base and IfExists, with lower-cased keys', () => {
    const [a, b] = conditionEntries(
      st({ Condition: { 'ForAnyValue:StringLikeIfExists': { 'aws:SourceVpce': 'v' }, Bool: { 'aws:SecureTransport': 'false' } } }),
    );
    expect(a).toMatchObject({ qualifier: 'ForAnyValue', base: 'StringLike', ifExists: true, key: 'aws:sourcevpce' });
    expect(b).toMatchObject({ base: 'Bool', ifExists: false, key: 'aws:securetransport', values: ['false'] });
    expect(b!.qualifier).toBeUndefined();
  });
  const cond = (c: object) => conditionEntries(st({ Condition: c }))[0]!;
  it('a fixed value of a caller-identifying key restricts', () => {
    expect(isRestrictingCondition(cond({ StringEquals: { 'aws:PrincipalOrgID': 'o-abc' } }))).toBe(true);
    expect(isRestrictingCondition(cond({ ArnLike: { 'aws:SourceArn': 'arn:aws:cloudtrail:us-east-1:111122223333:trail/t' } }))).toBe(true);
    expect(isRestrictingCondition(cond({ IpAddress: { 'aws:SourceIp': '10.0.0.0/8' } }))).toBe(true);
  });
  it('wildcards, variables, /0, IfExists, negation and ForAllValues do not', () => {
    expect(isRestrictingCondition(cond({ StringLike: { 'aws:PrincipalOrgID': 'o-*' } }))).toBe(false);
    expect(isRestrictingCondition(cond({ StringEquals: { 'aws:PrincipalAccount': '${aws:username}' } }))).toBe(false);
    expect(isRestrictingCondition(cond({ IpAddress: { 'aws:SourceIp': ['10.0.0.0/8', '::/0'] } }))).toBe(false);
    expect(isRestrictingCondition(cond({ StringEqualsIfExists: { 'aws:SourceVpce': 'vpce-1' } }))).toBe(false);
    expect(isRestrictingCondition(cond({ StringNotEquals: { 'aws:SourceVpce': 'vpce-1' } }))).toBe(false);
    expect(isRestrictingCondition(cond({ 'ForAllValues:StringEquals': { 'aws:SourceVpce': 'vpce-1' } }))).toBe(false);
    expect(isRestrictingCondition(cond({ StringEquals: { 'aws:userid': 'AROAEXAMPLE:*' } }))).toBe(false);
    expect(isRestrictingCondition(cond({ Bool: { 'aws:SecureTransport': 'true' } }))).toBe(false);
  });
  it('an unresolved value of a restricting key is unknown', () => {
    expect(isUnknown(isRestrictingCondition(cond({ StringEquals: { 'aws:SourceVpce': U } })))).toBe(true);
  });
  it('boolValues reads "false"/"True" and refuses other text', () => {
    expect(boolValues(['False', 'true'])).toEqual([false, true]);
    expect(isUnknown(boolValues(['maybe']))).toBe(true);
    expect(boolValues([U])).toEqual(U);
  });
});

describe('statements', () => {
  const allow = { Effect: 'Allow', Principal: '*', Action: 's3:GetObject', Resource: 'arn:aws:s3:::b/*' };
  it('grantsEveryone: an unconditioned Allow to "*"', () => {
    expect(grantsEveryone(st(allow))).toBe(true);
    expect(grantsEveryone(st({ ...allow, Effect: 'Deny' }))).toBe(false);
    expect(grantsEveryone(st({ ...allow, Condition: { StringEquals: { 'aws:SourceVpc': 'vpc-1' } } }))).toBe(false);
    expect(grantsEveryone(st({ ...allow, Condition: { Bool: { 'aws:SecureTransport': 'true' } } }))).toBe(true);
    expect(isUnknown(grantsEveryone(st({ ...allow, Effect: U })))).toBe(true);
  });
  it('deniesEveryone: a Deny to everyone covering the action and the resource', () => {
    const deny = { Effect: 'Deny', Principal: { AWS: '*' }, Action: 's3:*', Resource: 'arn:aws:s3:::b/*' };
    expect(deniesEveryone(st(deny), 's3:PutObject', OBJ)).toBe(true);
    expect(deniesEveryone(st({ ...deny, Effect: 'Allow' }), 's3:PutObject', OBJ)).toBe(false);
    expect(deniesEveryone(st({ ...deny, Action: 's3:Get*' }), 's3:PutObject', OBJ)).toBe(false);
    expect(deniesEveryone(st({ ...deny, Resource: 'arn:aws:s3:::b' }), 's3:PutObject', OBJ)).toBe(false);
    expect(deniesEveryone(st({ ...deny, Principal: { AWS: 'arn:aws:iam::1:root' } }), 's3:PutObject', OBJ)).toBe(false);
  });
});
