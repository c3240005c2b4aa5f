import {
  DescribeClusterCommand,
  DescribeSecurityConfigurationCommand,
  ListClustersCommand,
  ListInstancesCommand,
  ListSecurityConfigurationsCommand,
} from '@aws-sdk/client-emr';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, awsError, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const arn = (id: string) => `arn:aws:elasticmapreduce:${R}:${ACCOUNT}:cluster/${id}`;
const KERBEROS = JSON.stringify({
  AuthenticationConfiguration: { KerberosConfiguration: { Provider: 'ClusterDedicatedKdc', ClusterDedicatedKdcConfiguration: { TicketLifetimeInHours: 24 } } },
});

describe('EMR clusters', () => {
  it('lists active clusters on every page and reads the primary node address of groups and fleets', async () => {
    const emr = mocks.of('elasticmapreduce');
    emr
      .on(ListClustersCommand, { Marker: undefined })
      .resolves({ Clusters: [{ Id: 'j-PRIVATE', Name: 'claims' }], Marker: 'm2' })
      .on(ListClustersCommand, { Marker: 'm2' })
      .resolves({ Clusters: [{ Id: 'j-PUBLIC', Name: 'adhoc' }, { Id: 'j-GONE', Name: 'gone' }] });
    emr.on(DescribeClusterCommand, { ClusterId: 'j-PRIVATE' }).resolves({
      Cluster: {
        Id: 'j-PRIVATE',
        Name: 'claims',
        ClusterArn: arn('j-PRIVATE'),
        InstanceCollectionType: 'INSTANCE_GROUP',
        SecurityConfiguration: 'phi-kerberos',
        Ec2InstanceAttributes: { Ec2SubnetId: 'subnet-private' },
        Tags: [{ Key: 'data-classification', Value: 'phi' }],
      } as never,
    });
    emr.on(DescribeClusterCommand, { ClusterId: 'j-PUBLIC' }).resolves({
      Cluster: { Id: 'j-PUBLIC', Name: 'adhoc', ClusterArn: arn('j-PUBLIC'), InstanceCollectionType: 'INSTANCE_FLEET', Ec2InstanceAttributes: { Ec2SubnetId: 'subnet-public' } } as never,
    });
    emr.on(DescribeClusterCommand, { ClusterId: 'j-GONE' }).rejects(awsError('ResourceNotFoundException'));
    emr.on(ListInstancesCommand, { ClusterId: 'j-PRIVATE' }).resolves({ Instances: [{ Id: 'ci-1', PrivateIpAddress: '10.0.1.5', Status: { State: 'RUNNING' } }] });
    emr.on(ListInstancesCommand, { ClusterId: 'j-PUBLIC' }).resolves({
      Instances: [{ Id: 'ci-2', PrivateIpAddress: '10.0.0.7', PublicIpAddress: '54.1.2.3', Status: { State: 'RUNNING' } }],
    });
    const result = await collectAws({ regions: [R] });
    const clusters = ofType(result.resources, 'AWS::EMR::Cluster');
    expect(clusters.map((c) => c.name).sort()).toEqual(['adhoc', 'claims']);
    expect(clusters.find((c) => c.name === 'claims')).toMatchObject({
      id: arn('j-PRIVATE'),
      refs: [arn('j-PRIVATE'), 'j-PRIVATE', 'claims'],
      tags: { 'data-classification': 'phi' },
      props: { clusterName: 'claims', securityConfiguration: 'phi-kerberos', masterPublicIp: false, subnetId: 'subnet-private' },
    });
    expect(clusters.find((c) => c.name === 'adhoc')!.props).toEqual({ clusterName: 'adhoc', securityConfiguration: null, masterPublicIp: true, subnetId: 'subnet-public' });
    const asked = emr.commandCalls(ListInstancesCommand).map((c) => c.args[0].input);
    expect(asked).toContainEqual(expect.objectContaining({ ClusterId: 'j-PRIVATE', InstanceGroupTypes: ['MASTER'] }));
    expect(asked).toContainEqual(expect.objectContaining({ ClusterId: 'j-PUBLIC', InstanceFleetType: 'MASTER' }));
    expect(emr.commandCalls(ListClustersCommand)[0]!.args[0].input.ClusterStates).toEqual(['STARTING', 'BOOTSTRAPPING', 'RUNNING', 'WAITING']);
  });

  it('makes the address unknown when ListInstances is denied, everything unknown when DescribeCluster is throttled', async () => {
    const emr = mocks.of('elasticmapreduce');
    emr.on(ListClustersCommand).resolves({ Clusters: [{ Id: 'j-1', Name: 'c' }] });
    emr.on(DescribeClusterCommand).resolves({ Cluster: { Id: 'j-1', Name: 'c', InstanceCollectionType: 'INSTANCE_GROUP' } as never });
    emr.on(ListInstancesCommand).rejects(deniedJson('elasticmapreduce:ListInstances'));
    let result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::EMR::Cluster')[0]!.props).toMatchObject({
      securityConfiguration: null,
      masterPublicIp: { $unknown: expect.stringMatching(/AccessDenied/) },
    });
    emr.on(DescribeClusterCommand).rejects(throttled());
    result = await collectAws({ regions: [R] });
    const why = unknown('throttled: elasticmapreduce:DescribeCluster gave up after 10 attempts');
    expect(ofType(result.resources, 'AWS::EMR::Cluster')[0]).toMatchObject({
      id: arn('j-1'),
      props: { clusterName: 'c', securityConfiguration: why, masterPublicIp: why, subnetId: why },
    });
  });

  it('reports denied listings as incomplete coverage, an empty account as complete', async () => {
    let result = await collectAws({ regions: [R] });
    for (const type of ['AWS::EMR::Cluster', 'AWS::EMR::SecurityConfiguration'] as const) {
      expect(ofType(result.resources, type)).toEqual([]);
      expect(result.coverage.find((c) => c.type === type)).toMatchObject({ complete: true });
    }
    mocks.of('elasticmapreduce').on(ListClustersCommand).rejects(deniedJson('elasticmapreduce:ListClusters'));
    result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::EMR::Cluster')).toMatchObject({ complete: false });
  });
});

describe('EMR security configurations', () => {
  it('parses the JSON for Kerberos, skips deleted ones and keeps denied ones unknown', async () => {
    const emr = mocks.of('elasticmapreduce');
    emr.on(ListSecurityConfigurationsCommand, { Marker: undefined })
      .resolves({ SecurityConfigurations: [{ Name: 'phi-kerberos' }, { Name: 'encryption-only' }], Marker: 'p2' })
      .on(ListSecurityConfigurationsCommand, { Marker: 'p2' })
      .resolves({ SecurityConfigurations: [{ Name: 'gone' }, { Name: 'locked' }] });
    emr.on(DescribeSecurityConfigurationCommand, { Name: 'phi-kerberos' }).resolves({ Name: 'phi-kerberos', SecurityConfiguration: KERBEROS });
    emr.on(DescribeSecurityConfigurationCommand, { Name: 'encryption-only' }).resolves({
      Name: 'encryption-only',
      SecurityConfiguration: JSON.stringify({ EncryptionConfiguration: { EnableAtRestEncryption: true, EnableInTransitEncryption: false } }),
    });
    emr.on(DescribeSecurityConfigurationCommand, { Name: 'gone' }).rejects(awsError('InvalidRequestException', 400, 'Security configuration with name gone does not exist.'));
    emr.on(DescribeSecurityConfigurationCommand, { Name: 'locked' }).rejects(deniedJson('elasticmapreduce:DescribeSecurityConfiguration'));
    const result = await collectAws({ regions: [R] });
    const configs = ofType(result.resources, 'AWS::EMR::SecurityConfiguration');
    expect(Object.fromEntries(configs.map((c) => [c.name, c.props.kerberosEnabled]))).toEqual({
      'phi-kerberos': true,
      'encryption-only': false,
      locked: expect.objectContaining({ $unknown: expect.stringMatching(/AccessDenied/) }),
    });
    expect(configs.find((c) => c.name === 'phi-kerberos')!.refs).toContain('phi-kerberos');
  });
});
