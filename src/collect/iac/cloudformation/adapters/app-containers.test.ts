import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function parse(resources: string): AnyResource[] {
  const result = parseCloudFormation('tpl.yaml', `Parameters:\n  P: {Type: String}\nResources:\n  Key: {Type: AWS::KMS::Key}\n${resources}`);
  expect(result.problems).toEqual([]);
  return result.resources.filter((r) => r.type !== 'AWS::KMS::Key');
}

describe('AWS::ECS::TaskDefinition', () => {
  it('reads containers and settles the network mode default', () => {
    const [fargate, ec2] = parse(
      [
        '  Api:',
        '    Type: AWS::ECS::TaskDefinition',
        '    Properties:',
        '      Family: api',
        '      RequiresCompatibilities: [FARGATE]',
        '      Cpu: "256"',
        '      Memory: "512"',
        '      ContainerDefinitions:',
        '        - {Name: app, Image: app:1, ReadonlyRootFilesystem: true, User: "1000:1000", Environment: [{Name: TOKEN, Value: s3cr3t}]}',
        '        - {Name: sidecar, Image: envoy:1, Privileged: "true"}',
        '  Agent: {Type: AWS::ECS::TaskDefinition, Properties: {ContainerDefinitions: [{Name: agent, Image: a:1}]}}',
        '',
      ].join('\n'),
    );
    expect(fargate).toMatchObject({ name: 'api', props: { family: 'api', networkMode: 'awsvpc', requiresCompatibilities: ['FARGATE'] } });
    expect(fargate!.props).toMatchObject({
      containers: [
        { name: 'app', privileged: false, readonlyRootFilesystem: true, user: '1000:1000' },
        { name: 'sidecar', privileged: true, readonlyRootFilesystem: false, user: null },
      ],
    });
    expect(JSON.stringify(fargate)).not.toContain('s3cr3t');
    expect(ec2!.props).toMatchObject({ networkMode: 'bridge', requiresCompatibilities: [] });
  });
});

describe('AWS::EKS::Cluster', () => {
  it('settles the endpoint defaults and reads encryption and logging', () => {
    const [plain, hardened] = parse(
      [
        '  Plain: {Type: AWS::EKS::Cluster, Properties: {RoleArn: r, ResourcesVpcConfig: {SubnetIds: [s1]}}}',
        '  Hard:',
        '    Type: AWS::EKS::Cluster',
        '    Properties:',
        '      Name: phi',
        '      RoleArn: r',
        '      ResourcesVpcConfig: {SubnetIds: [s1], EndpointPublicAccess: false, EndpointPrivateAccess: true}',
        '      EncryptionConfig: [{Resources: [secrets], Provider: {KeyArn: !GetAtt Key.Arn}}]',
        '      Logging: {ClusterLogging: {EnabledTypes: [{Type: audit}, {Type: api}]}}',
        '',
      ].join('\n'),
    );
    expect(plain!.props).toMatchObject({ secretsKmsKeyArn: null, endpointPublicAccess: true, endpointPrivateAccess: false, publicAccessCidrs: ['0.0.0.0/0'], enabledLogTypes: [] });
    expect(hardened!.props).toEqual({
      clusterName: 'phi',
      secretsKmsKeyArn: 'ref:tpl.yaml#Key',
      endpointPublicAccess: false,
      endpointPrivateAccess: true,
      publicAccessCidrs: ['0.0.0.0/0'],
      enabledLogTypes: ['api', 'audit'],
    });
  });
});
