import { describe, expect, it } from 'vitest';
import { isUnknown } from '../../../model/unknown.js';
import { parseTemplate, type TemplateBody } from './parse.js';
import { NO_VALUE } from './resolve.js';
import { resolverFor } from './template.js';

const HEAD = `
Parameters:
  Env: { Type: String, Default: prod }
  Days: { Type: Number, Default: 30 }
  Zones: { Type: CommaDelimitedList, Default: "a, b,c" }
  KeyArn: { Type: String }
  Secret: { Type: "AWS::SSM::Parameter::Value<String>", Default: /phi/secret }
Conditions:
  IsProd: !Equals [!Ref Env, prod]
  IsDev: !Not [!Condition IsProd]
  HasKey: !Not [!Equals [!Ref KeyArn, ""]]
  ProdAndKey: !And [!Condition IsProd, !Condition HasKey]
  DevAndKey: !And [!Condition IsDev, !Condition HasKey]
  ProdOrKey: !Or [!Condition HasKey, !Condition IsProd]
  DevOrKey: !Or [!Condition IsDev, !Condition HasKey]
  DaysMatch: !Equals [!Ref Days, 30]
Mappings:
  Cfg:
    prod: { Suffix: records, Zones: [x, y] }
Resources:
  PhiBucket: { Type: AWS::S3::Bucket }
  PhiKey: { Type: AWS::KMS::Key }
`;

function templateOf(yaml: string): TemplateBody {
  const parsed = parseTemplate('tpl.yaml', yaml);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return parsed.template;
}

/** Resolves the YAML expression `expr` inside a template with HEAD's sections. */
function resolve(expr: string, params: Record<string, string> = {}, head = HEAD): unknown {
  const template = templateOf(`${head}\nOutputs:\n  Out:\n    Value: ${expr}\n`);
  const out = (template.Outputs as Record<string, { Value: unknown }>).Out!.Value;
  return resolverFor('tpl.yaml', template, params).resolve(out);
}

function reason(v: unknown): string {
  if (!isUnknown(v)) throw new Error(`expected unknown, got ${JSON.stringify(v)}`);
  return v.$unknown;
}

describe('parameters', () => {
  it('uses the Default', () => expect(resolve('!Ref Env')).toBe('prod'));
  it('lets an override win over the Default', () => expect(resolve('!Ref Env', { Env: 'dev' })).toBe('dev'));
  it('passes a Number parameter as text, as CloudFormation does', () => expect(resolve('!Ref Days')).toBe('30'));
  it('splits a CommaDelimitedList', () => expect(resolve('!Ref Zones')).toEqual(['a', 'b', 'c']));
  it('is unknown without a Default or an override', () => {
    expect(reason(resolve('!Ref KeyArn'))).toBe('parameter KeyArn has no value');
  });
  it('takes an override for a parameter that has no Default', () => {
    expect(resolve('!Ref KeyArn', { KeyArn: 'arn:aws:kms:us-east-1:111122223333:key/k' })).toBe(
      'arn:aws:kms:us-east-1:111122223333:key/k',
    );
  });
  it('is unknown for an SSM-typed parameter, read at deploy time', () => {
    expect(reason(resolve('!Ref Secret'))).toMatch(/SSM Parameter Store/);
  });
});

describe('pseudo parameters', () => {
  it.each([
    ['AWS::Partition', 'aws'],
    ['AWS::URLSuffix', 'amazonaws.com'],
  ])('%s is %s', (name, value) => expect(resolve(`!Ref "${name}"`)).toBe(value));
  it.each(['AWS::Region', 'AWS::AccountId', 'AWS::StackName', 'AWS::StackId'])('%s is unknown', (name) => {
    expect(reason(resolve(`!Ref "${name}"`))).toBe(`${name} is decided at deploy time`);
  });
  it('AWS::NoValue removes the property and the list item', () => {
    expect(resolve('{ A: !Ref "AWS::NoValue", B: 1 }')).toEqual({ B: 1 });
    expect(resolve('[1, !If [IsProd, !Ref "AWS::NoValue", 2], 3]')).toEqual([1, 3]);
    expect(resolve('!Ref "AWS::NoValue"')).toBe(NO_VALUE);
  });
});

describe('references to resources', () => {
  it('turns Ref and GetAtt into the resource token, whatever the attribute', () => {
    expect(resolve('!Ref PhiBucket')).toBe('ref:tpl.yaml#PhiBucket');
    expect(resolve('!GetAtt PhiKey.Arn')).toBe('ref:tpl.yaml#PhiKey');
    expect(resolve('!GetAtt [PhiBucket, DomainName]')).toBe('ref:tpl.yaml#PhiBucket');
    expect(resolve('{ "Fn::GetAtt": "PhiKey.KeyId" }')).toBe('ref:tpl.yaml#PhiKey');
  });
  it('is unknown for names the template does not declare', () => {
    expect(reason(resolve('!Ref Missing'))).toMatch(/Missing, which the template does not declare/);
    expect(reason(resolve('!GetAtt Missing.Arn'))).toMatch(/Missing/);
  });
});

describe('Fn::Sub', () => {
  it('substitutes parameters, pseudo parameters and resources', () => {
    expect(resolve('!Sub "arn:${AWS::Partition}:s3:::${PhiBucket}/${Env}"')).toBe('arn:aws:s3:::ref:tpl.yaml#PhiBucket/prod');
  });
  it('puts the token of ${Resource.Attr} in place', () => {
    expect(resolve('!Sub "${PhiBucket.Arn}/"')).toBe('ref:tpl.yaml#PhiBucket/');
  });
  it('keeps ${!Literal} literal', () => expect(resolve('!Sub "${!Env}-${Env}"')).toBe('${Env}-prod'));
  it('takes variables from the list form first', () => {
    expect(resolve('!Sub ["${Env}-${Suffix}", { Env: x, Suffix: !FindInMap [Cfg, prod, Suffix] }]')).toBe('x-records');
  });
  it('is unknown when any part is', () => {
    expect(reason(resolve('!Sub "phi-${AWS::AccountId}-${Env}"'))).toBe('AWS::AccountId is decided at deploy time');
    expect(reason(resolve('!Sub "${Nope}"'))).toMatch(/Nope/);
  });
  it('leaves text without placeholders alone', () => expect(resolve('!Sub "plain $ text }"')).toBe('plain $ text }'));
});

describe('Fn::Join, Select, Split, Base64', () => {
  it('joins with tokens substituted', () => {
    expect(resolve('!Join ["", [!GetAtt PhiBucket.Arn, "/*"]]')).toBe('ref:tpl.yaml#PhiBucket/*');
  });
  it('joins a list parameter', () => expect(resolve('!Join ["|", !Ref Zones]')).toBe('a|b|c'));
  it('is unknown when an element is', () => {
    expect(reason(resolve('!Join ["-", [a, !Ref KeyArn]]'))).toBe('parameter KeyArn has no value');
  });
  it('selects', () => {
    expect(resolve('!Select [1, [a, b, c]]')).toBe('b');
    expect(resolve('!Select ["0", !FindInMap [Cfg, prod, Zones]]')).toBe('x');
    expect(reason(resolve('!Select [5, [a]]'))).toMatch(/out of range/);
    expect(reason(resolve('!Select [0, !GetAZs ""]'))).toMatch(/GetAZs/);
  });
  it('splits', () => {
    expect(resolve('!Split [",", "a,b,c"]')).toEqual(['a', 'b', 'c']);
    expect(resolve('!Select [2, !Split ["-", !Sub "phi-${Env}-x"]]')).toBe('x');
  });
  it('does not cut a token into pieces', () => {
    expect(reason(resolve('!Select [5, !Split [":", !GetAtt PhiKey.Arn]]'))).toMatch(/known only after deployment/);
    expect(resolve('!Split [",", !Join [",", [!Ref PhiKey, !Ref PhiBucket]]]')).toEqual([
      'ref:tpl.yaml#PhiKey',
      'ref:tpl.yaml#PhiBucket',
    ]);
  });
  it('encodes Base64', () => expect(resolve('!Base64 "env=1"')).toBe(Buffer.from('env=1').toString('base64')));
  it('encodes a resolved Base64 argument', () => {
    expect(resolve('{ "Fn::Base64": !Sub "env=${Env}" }')).toBe(Buffer.from('env=prod').toString('base64'));
  });
});

describe('conditions and Fn::If', () => {
  it('picks the branch of a known condition', () => {
    expect(resolve('!If [IsProd, yes, no]')).toBe('yes');
    expect(resolve('!If [IsProd, yes, no]', { Env: 'dev' })).toBe('no');
    expect(resolve('!If [IsDev, yes, no]')).toBe('no');
  });
  it('compares values as text', () => expect(resolve('!If [DaysMatch, same, different]')).toBe('same'));
  it('is unknown when the condition cannot be decided, with the root cause', () => {
    expect(reason(resolve('!If [HasKey, !Ref KeyArn, !GetAtt PhiKey.Arn]'))).toBe('parameter KeyArn has no value');
  });
  it('decides And / Or when one side settles it', () => {
    expect(resolve('!If [DevAndKey, y, n]')).toBe('n'); // false AND unknown
    expect(resolve('!If [ProdOrKey, y, n]')).toBe('y'); // unknown OR true
    expect(isUnknown(resolve('!If [ProdAndKey, y, n]'))).toBe(true); // true AND unknown
    expect(isUnknown(resolve('!If [DevOrKey, y, n]'))).toBe(true); // false OR unknown
  });
  it('decides And / Or once the parameter is given', () => {
    expect(resolve('!If [ProdAndKey, y, n]', { KeyArn: 'k' })).toBe('y');
    expect(resolve('!If [DevOrKey, y, n]', { KeyArn: '' })).toBe('n');
  });
  it('is unknown for an undeclared condition', () => {
    expect(reason(resolve('!If [Nope, y, n]'))).toBe('condition Nope is not declared');
  });
  it('ends a cycle of conditions as unknown instead of recursing', () => {
    const head = `
Conditions:
  A: !And [!Condition B, !Equals [1, 1]]
  B: !Or [!Condition C, !Equals [1, 2]]
  C: !Not [!Condition A]
  Self: !Condition Self
Resources: {}
`;
    expect(reason(resolve('!If [A, y, n]', {}, head))).toMatch(/depends on itself/);
    expect(reason(resolve('!If [Self, y, n]', {}, head))).toBe('condition Self depends on itself');
  });
});

describe('Fn::FindInMap', () => {
  it('looks up with resolved keys', () => expect(resolve('!FindInMap [Cfg, !Ref Env, Suffix]')).toBe('records'));
  it('is unknown for a missing entry', () => {
    expect(reason(resolve('!FindInMap [Cfg, !Ref Env, Suffix]', { Env: 'dev' }))).toMatch(/Cfg has no entry dev \/ Suffix/);
  });
  it('falls back to DefaultValue (AWS::LanguageExtensions)', () => {
    expect(resolve('!FindInMap [Cfg, dev, Suffix, { DefaultValue: fallback }]')).toBe('fallback');
  });
  it('is unknown when a key is', () => {
    expect(reason(resolve('!FindInMap [Cfg, !Ref KeyArn, Suffix]'))).toBe('parameter KeyArn has no value');
  });
});

describe('functions with no value before deployment', () => {
  it.each([
    ['!GetAZs ""', /GetAZs/],
    ['!ImportValue SharedKey', /ImportValue/],
    ['!Cidr ["10.0.0.0/16", 2, 8]', /Cidr/],
    ['!Transform { Name: AWS::Include }', /Transform/],
    ['{ "Fn::Bogus": 1 }', /Fn::Bogus is not a function/],
  ])('%s is unknown', (expr, why) => expect(reason(resolve(expr))).toMatch(why));
});

describe('Fn::ToJsonString and Fn::Length', () => {
  it('serialises a resolved value', () => {
    expect(resolve('!ToJsonString { Bucket: !Ref PhiBucket, Env: !Ref Env }')).toBe(
      '{"Bucket":"ref:tpl.yaml#PhiBucket","Env":"prod"}',
    );
    expect(reason(resolve('!ToJsonString { K: !Ref KeyArn }'))).toBe('parameter KeyArn has no value');
  });
  it('counts a list', () => {
    expect(resolve('!Length [a, b]')).toBe(2);
    expect(resolve('{ "Fn::Length": !Ref Zones }')).toBe(3);
  });
});

describe('resolution', () => {
  it('returns a literal subtree as is and never changes the template', () => {
    const template = templateOf(`${HEAD}\nOutputs:\n  Out:\n    Value: { Lit: { A: [1, 2] }, R: !Ref Env }\n`);
    const before = JSON.stringify(template);
    const value = (template.Outputs as Record<string, { Value: { Lit: unknown } }>).Out!.Value;
    const out = resolverFor('tpl.yaml', template).resolve(value) as { Lit: unknown; R: unknown };
    expect(out.Lit).toBe(value.Lit);
    expect(out.R).toBe('prod');
    expect(JSON.stringify(template)).toBe(before);
  });
  it('keeps a __proto__ key as data', () => {
    const out = resolve('{ "__proto__": { polluted: !Ref Env } }') as Record<string, unknown>;
    expect(Object.keys(out)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});
