import { describe, expect, it } from 'vitest';
import { eligibilityOfCloudFormationType } from '../../../../analysis/hipaa-eligible.js';
import { parseCloudFormation } from '../index.js';
import { HANDLING } from './index.js';
import { needsGeneric } from './tagging.js';

const TYPE = 'AWS::ResourceGroupsTaggingAPI::Resource';

const TEMPLATE = `Parameters:
  Env: {Type: String, Default: prod}
Conditions:
  IsDev: !Equals [!Ref Env, dev]
Resources:
  Reminders:
    Type: AWS::Scheduler::ScheduleGroup
    Properties:
      Name: reminders
      Tags: [{Key: phi, Value: "true"}, {Key: env, Value: !Ref Env}]
  ConfigParam:
    Type: AWS::SSM::Parameter
    Properties: {Type: String, Value: x, Tags: {data-classification: internal}}
  DevOnly:
    Type: AWS::Scheduler::ScheduleGroup
    Condition: IsDev
    Properties: {Tags: [{Key: phi, Value: "true"}]}
  MaybeTagged:
    Type: AWS::AppConfig::Application
    Properties:
      Name: portal
      Tags: !If [IsDev, [{Key: phi, Value: "true"}], !Ref AWS::NoValue]
  Untagged:
    Type: AWS::AppConfig::Application
    Properties: {Name: untagged}
  Records:
    Type: AWS::S3::Bucket
    Properties: {Tags: [{Key: phi, Value: "true"}]}
`;

describe('tagged template resources of unmodelled types', () => {
  it('reads the type and Tags of each unmodelled resource with Tags, after the modelled ones', () => {
    const result = parseCloudFormation('tpl.yaml', TEMPLATE);
    expect(result.problems).toEqual([]);
    expect(result.resources.map((r) => `${r.type} ${r.name}`)).toEqual([
      'AWS::S3::Bucket Records',
      `${TYPE} Reminders`,
      `${TYPE} ConfigParam`,
      `${TYPE} MaybeTagged`,
    ]);
    expect(result.resources[1]).toEqual({
      provider: 'aws',
      type: TYPE,
      id: 'tpl.yaml#Reminders',
      name: 'Reminders',
      account: { $unknown: 'not declared in the template' },
      region: { $unknown: 'not declared in the template' },
      tags: { phi: 'true', env: 'prod' },
      props: { arn: null, service: null, resourceType: null, cloudFormationType: 'AWS::Scheduler::ScheduleGroup' },
      origin: { kind: 'iac', format: 'cloudformation', file: 'tpl.yaml', line: 6, column: 3, address: 'Reminders' },
      refs: ['ref:tpl.yaml#Reminders'],
    });
    // A map of tags (AWS::SSM::Parameter), and Tags that resolve to AWS::NoValue.
    expect(result.resources[2]!.tags).toEqual({ 'data-classification': 'internal' });
    expect(result.resources[3]!.tags).toEqual({});
  });

  it('leaves modelled types to their own model, unless their service is not on the HIPAA-eligible list', () => {
    const outside = [...HANDLING].filter(([cfnType, handling]) => handling !== 'join' && needsGeneric(cfnType)).map(([cfnType]) => cfnType);
    // DAX is not on the list of 2026-05-22 (only Amazon DynamoDB is).
    expect(outside).toEqual(['AWS::DAX::Cluster']);
    for (const t of outside) expect(eligibilityOfCloudFormationType(t).status).toBe('not_listed');
    const yaml = 'Resources:\n  Cache:\n    Type: AWS::DAX::Cluster\n    Properties: {NodeType: dax.r5.large, ReplicationFactor: 3, IAMRoleARN: arn:aws:iam::111122223333:role/dax, Tags: {phi: "true"}}\n';
    const result = parseCloudFormation('tpl.yaml', yaml);
    expect(result.resources.map((r) => [r.type, r.tags])).toEqual([
      ['AWS::DAX::Cluster', { phi: 'true' }],
      [TYPE, { phi: 'true' }],
    ]);
  });
});
