import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { CFN_SCHEMA, SHORT_FORMS } from './schema.js';

const read = (yaml: string): unknown => (load(`v: ${yaml}`, { schema: CFN_SCHEMA }) as { v: unknown }).v;

describe('CloudFormation YAML short forms', () => {
  const cases: [string, unknown][] = [
    ['!Ref PhiBucket', { Ref: 'PhiBucket' }],
    ['!Condition IsProd', { Condition: 'IsProd' }],
    ['!GetAtt PhiKey.Arn', { 'Fn::GetAtt': ['PhiKey', 'Arn'] }],
    ['!GetAtt Db.Endpoint.Address', { 'Fn::GetAtt': ['Db', 'Endpoint.Address'] }],
    ['!GetAtt [PhiKey, Arn]', { 'Fn::GetAtt': ['PhiKey', 'Arn'] }],
    ['!Sub "arn:${AWS::Partition}:s3:::${B}"', { 'Fn::Sub': 'arn:${AWS::Partition}:s3:::${B}' }],
    ['!Sub ["${X}-1", {X: !Ref Env}]', { 'Fn::Sub': ['${X}-1', { X: { Ref: 'Env' } }] }],
    ['!Join ["-", [a, !Ref Env]]', { 'Fn::Join': ['-', ['a', { Ref: 'Env' }]] }],
    ['!Select [0, !GetAZs ""]', { 'Fn::Select': [0, { 'Fn::GetAZs': '' }] }],
    ['!Split [",", "a,b"]', { 'Fn::Split': [',', 'a,b'] }],
    ['!If [IsProd, a, b]', { 'Fn::If': ['IsProd', 'a', 'b'] }],
    ['!Equals [!Ref Env, prod]', { 'Fn::Equals': [{ Ref: 'Env' }, 'prod'] }],
    ['!Not [!Condition IsProd]', { 'Fn::Not': [{ Condition: 'IsProd' }] }],
    ['!And [!Condition A, !Condition B]', { 'Fn::And': [{ Condition: 'A' }, { Condition: 'B' }] }],
    ['!Or [!Condition A, !Equals [x, y]]', { 'Fn::Or': [{ Condition: 'A' }, { 'Fn::Equals': ['x', 'y'] }] }],
    ['!FindInMap [M, !Ref Env, K]', { 'Fn::FindInMap': ['M', { Ref: 'Env' }, 'K'] }],
    ['!Base64 "echo hi"', { 'Fn::Base64': 'echo hi' }],
    ['!Base64 {"Fn::Sub": "x"}', { 'Fn::Base64': { 'Fn::Sub': 'x' } }],
    ['!Cidr ["10.0.0.0/16", 4, 8]', { 'Fn::Cidr': ['10.0.0.0/16', 4, 8] }],
    ['!GetAZs us-east-1', { 'Fn::GetAZs': 'us-east-1' }],
    ['!ImportValue SharedKeyArn', { 'Fn::ImportValue': 'SharedKeyArn' }],
    ['!Transform {Name: AWS::Include, Parameters: {Location: s3://b/k}}', { 'Fn::Transform': { Name: 'AWS::Include', Parameters: { Location: 's3://b/k' } } }],
    ['!ToJsonString {a: 1}', { 'Fn::ToJsonString': { a: 1 } }],
    ['!ToJsonString [1, 2]', { 'Fn::ToJsonString': [1, 2] }],
    ['!Length [a, b]', { 'Fn::Length': ['a', 'b'] }],
  ];
  it.each(cases)('%s', (yaml, expected) => {
    expect(read(yaml)).toEqual(expected);
  });

  it('covers every short form the schema declares', () => {
    const tested = new Set(cases.map(([yaml]) => /^!(\w+)/.exec(yaml)![1]));
    expect([...tested].sort()).toEqual(Object.keys(SHORT_FORMS).sort());
  });

  it('keeps a __proto__ key of a tagged mapping as data', () => {
    const v = read('!ToJsonString {__proto__: {polluted: true}}') as Record<string, Record<string, unknown>>;
    expect(Object.keys(v['Fn::ToJsonString']!)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('rejects a tag CloudFormation does not have', () => {
    expect(() => read('!Bogus x')).toThrow(/unknown/);
  });
});
