import { describe, expect, it } from 'vitest';
import type { AnyResource, Resource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

type Key = Resource<'AWS::KMS::Key'>;

function collect(yaml: string): Record<string, AnyResource> {
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return Object.fromEntries(result.resources.map((r) => [r.origin.kind === 'iac' ? r.origin.address : r.id, r]));
}

const key = (props: string, extra = ''): Key =>
  collect(`Parameters:\n  P: {Type: String}\n  Days: {Type: Number, Default: 180}\nResources:\n  K:\n    Type: AWS::KMS::Key\n    Properties:\n${props}\n${extra}`).K as Key;

describe('AWS::KMS::Key', () => {
  it('settles every default for a bare key', () => {
    const k = collect('Resources:\n  K: {Type: AWS::KMS::Key}\n').K as Key;
    expect(k).toMatchObject({ id: 'tpl.yaml#K', name: 'K', tags: {}, refs: ['ref:tpl.yaml#K'] });
    expect(k.props).toEqual({
      keyManager: 'CUSTOMER',
      keySpec: 'SYMMETRIC_DEFAULT',
      keyState: 'Enabled',
      keyOrigin: 'AWS_KMS',
      rotationEnabled: false,
      rotationPeriodDays: null,
      aliases: [],
      policy: null,
    });
  });

  it.each([
    ['Enabled: false', 'Disabled'],
    ['Enabled: "true"', 'Enabled'],
    ['Enabled: !Ref P', { $unknown: 'parameter P has no value' }],
    ['Origin: EXTERNAL', 'PendingImport'],
  ])('%s gives key state %j', (props, state) => {
    expect(key(`      ${props}`).props.keyState).toEqual(state);
  });

  it.each([
    ['EnableKeyRotation: true', true, 365],
    ['EnableKeyRotation: "True"', true, 365],
    ['{EnableKeyRotation: true, RotationPeriodInDays: 90}', true, 90],
    ['{EnableKeyRotation: true, RotationPeriodInDays: !Ref Days}', true, 180],
    ['{EnableKeyRotation: false, RotationPeriodInDays: 90}', false, null],
    ['EnableKeyRotation: !Ref P', { $unknown: 'parameter P has no value' }, { $unknown: 'parameter P has no value' }],
  ])('%s rotates %j every %j days', (props, enabled, days) => {
    const flow = props.startsWith('{') ? props.slice(1, -1).replace(', ', '\n      ') : props;
    const k = key(`      ${flow}`);
    expect(k.props.rotationEnabled).toEqual(enabled);
    expect(k.props.rotationPeriodDays).toEqual(days);
  });

  it('reads the key spec and origin', () => {
    expect(key('      KeySpec: RSA_2048\n      Origin: AWS_CLOUDHSM').props).toMatchObject({ keySpec: 'RSA_2048', keyOrigin: 'AWS_CLOUDHSM' });
  });

  it('normalizes the key policy, given as a mapping or as JSON text', () => {
    const expected = { version: '2012-10-17', statements: [{ effect: 'Allow', principal: '*', action: ['kms:Decrypt'], resource: ['*'] }] };
    expect(key('      KeyPolicy: {Version: "2012-10-17", Statement: [{Effect: Allow, Principal: "*", Action: "kms:Decrypt", Resource: "*"}]}').props.policy).toEqual(expected);
    expect(key(`      KeyPolicy: '${JSON.stringify({ Version: '2012-10-17', Statement: { Effect: 'Allow', Principal: '*', Action: 'kms:Decrypt', Resource: '*' } })}'`).props.policy).toEqual(expected);
  });
});

describe('AWS::KMS::Alias', () => {
  const alias = (id: string, target: string, name = `alias/${id.toLowerCase()}`) =>
    `  ${id}:\n    Type: AWS::KMS::Alias\n    Properties: {AliasName: ${name}, TargetKeyId: ${target}}\n`;

  it('adds its name to the key, which takes it as its name', () => {
    const k = key('      Description: x', alias('PhiAlias', '!Ref K', 'alias/phi-data') + alias('Second', '!GetAtt K.Arn'));
    expect(k.name).toBe('alias/phi-data');
    expect(k.props.aliases).toEqual(['alias/phi-data', 'alias/second']);
    expect(k.refs).toEqual(['ref:tpl.yaml#K', 'ref:tpl.yaml#PhiAlias', 'alias/phi-data', 'ref:tpl.yaml#Second', 'alias/second']);
  });

  it('adds only its token when its name cannot be resolved', () => {
    const k = key('      Description: x', alias('A', '!Ref K', '!Ref P'));
    expect(k.name).toBe('K');
    expect(k.props.aliases).toEqual([]);
    expect(k.refs).toEqual(['ref:tpl.yaml#K', 'ref:tpl.yaml#A']);
  });

  it('is ignored when it targets a key outside the template', () => {
    const k = key('      Description: x', alias('A', 'arn:aws:kms:us-east-1:111122223333:key/other') + alias('B', '!ImportValue Shared'));
    expect(k.props.aliases).toEqual([]);
    expect(k.refs).toEqual(['ref:tpl.yaml#K']);
  });
});
