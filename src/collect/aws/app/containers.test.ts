import { DescribeTaskDefinitionCommand, ListTaskDefinitionFamiliesCommand } from '@aws-sdk/client-ecs';
import { DescribeClusterCommand, ListClustersCommand } from '@aws-sdk/client-eks';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const td = (family: string, rev: number) => `arn:aws:ecs:${R}:${ACCOUNT}:task-definition/${family}:${rev}`;

describe('ECS task definitions', () => {
  it('reads the latest active revision of every family on every page', async () => {
    const ecs = mocks.of('ecs');
    ecs
      .on(ListTaskDefinitionFamiliesCommand, { status: 'ACTIVE', nextToken: undefined })
      .resolves({ families: ['api'], nextToken: 'f2' })
      .on(ListTaskDefinitionFamiliesCommand, { status: 'ACTIVE', nextToken: 'f2' })
      .resolves({ families: ['agent'] });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'api' }).resolves({
      taskDefinition: {
        taskDefinitionArn: td('api', 7),
        family: 'api',
        revision: 7,
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        containerDefinitions: [
          { name: 'app', readonlyRootFilesystem: true, user: '1000', environment: [{ name: 'DB_PASSWORD', value: 'hunter2' }] },
          { name: 'envoy', privileged: false },
        ],
      },
      tags: [{ key: 'data-classification', value: 'phi' }],
    });
    ecs.on(DescribeTaskDefinitionCommand, { taskDefinition: 'agent' }).resolves({
      taskDefinition: { taskDefinitionArn: td('agent', 2), family: 'agent', revision: 2, networkMode: 'host', compatibilities: ['EC2'], containerDefinitions: [{ name: 'agent', privileged: true, user: '' }] },
    });
    const result = await collectAws({ regions: [R] });
    const defs = ofType(result.resources, 'AWS::ECS::TaskDefinition');
    expect(defs.map((d) => d.name)).toEqual(['agent:2', 'api:7']);
    expect(defs[1]).toMatchObject({
      id: td('api', 7),
      refs: [td('api', 7), `arn:aws:ecs:${R}:${ACCOUNT}:task-definition/api`, 'api'],
      tags: { 'data-classification': 'phi' },
      props: {
        family: 'api',
        networkMode: 'awsvpc',
        requiresCompatibilities: ['FARGATE'],
        containers: [
          { name: 'app', privileged: false, readonlyRootFilesystem: true, user: '1000' },
          { name: 'envoy', privileged: false, readonlyRootFilesystem: false, user: null },
        ],
      },
    });
    expect(JSON.stringify(result.resources)).not.toContain('hunter2');
    expect(defs[0]!.props).toMatchObject({ networkMode: 'host', requiresCompatibilities: ['EC2'], containers: [{ name: 'agent', privileged: true, user: null }] });
    expect(ecs.commandCalls(DescribeTaskDefinitionCommand).map((c) => c.args[0].input.include)).toEqual([['TAGS'], ['TAGS']]);
  });

  it('keeps a family whose describe call is throttled, with unknown settings; reports a denied listing', async () => {
    mocks.of('ecs').on(ListTaskDefinitionFamiliesCommand).resolves({ families: ['api'] });
    mocks.of('ecs').on(DescribeTaskDefinitionCommand).rejects(throttled());
    let result = await collectAws({ regions: [R] });
    const why = unknown('throttled: ecs:DescribeTaskDefinition gave up after 10 attempts');
    expect(ofType(result.resources, 'AWS::ECS::TaskDefinition')[0]).toMatchObject({
      id: `arn:aws:ecs:${R}:${ACCOUNT}:task-definition/api`,
      props: { family: 'api', networkMode: why, containers: why },
    });
    mocks.of('ecs').on(ListTaskDefinitionFamiliesCommand).rejects(deniedJson('ecs:ListTaskDefinitionFamilies'));
    result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::ECS::TaskDefinition')).toMatchObject({ complete: false });
  });
});

describe('EKS clusters', () => {
  it('reads encryption, endpoint access and logging on every page', async () => {
    const eks = mocks.of('eks');
    eks
      .on(ListClustersCommand, { nextToken: undefined })
      .resolves({ clusters: ['phi'], nextToken: 'c2' })
      .on(ListClustersCommand, { nextToken: 'c2' })
      .resolves({ clusters: ['dev'] });
    eks.on(DescribeClusterCommand, { name: 'phi' }).resolves({
      cluster: {
        name: 'phi',
        arn: `arn:aws:eks:${R}:${ACCOUNT}:cluster/phi`,
        encryptionConfig: [{ resources: ['secrets'], provider: { keyArn: `arn:aws:kms:${R}:${ACCOUNT}:key/1234` } }],
        resourcesVpcConfig: { endpointPublicAccess: false, endpointPrivateAccess: true, publicAccessCidrs: [] },
        logging: { clusterLogging: [{ types: ['audit', 'api'], enabled: true }, { types: ['scheduler'], enabled: false }] },
        tags: { phi: 'true' },
      },
    });
    eks.on(DescribeClusterCommand, { name: 'dev' }).rejects(awsError('ResourceNotFoundException', 404));
    const result = await collectAws({ regions: [R] });
    const clusters = ofType(result.resources, 'AWS::EKS::Cluster');
    expect(clusters).toHaveLength(1);
    expect(clusters[0]).toMatchObject({
      tags: { phi: 'true' },
      props: {
        clusterName: 'phi',
        secretsKmsKeyArn: `arn:aws:kms:${R}:${ACCOUNT}:key/1234`,
        endpointPublicAccess: false,
        endpointPrivateAccess: true,
        publicAccessCidrs: [],
        enabledLogTypes: ['api', 'audit'],
      },
    });
  });

  it('makes a denied describe unknown, and reports a denied listing and an empty account', async () => {
    mocks.of('eks').on(ListClustersCommand).resolves({ clusters: ['phi'] });
    mocks.of('eks').on(DescribeClusterCommand).rejects(deniedJson('eks:DescribeCluster'));
    let result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EKS::Cluster')[0]!.props.secretsKmsKeyArn).toEqual(unknown('AccessDenied on eks:DescribeCluster'));
    mocks.of('eks').on(ListClustersCommand).rejects(deniedJson('eks:ListClusters'));
    result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::EKS::Cluster')).toMatchObject({ complete: false });
    mocks.of('eks').on(ListClustersCommand).resolves({ clusters: [] });
    result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::EKS::Cluster')).toMatchObject({ complete: true });
  });
});
