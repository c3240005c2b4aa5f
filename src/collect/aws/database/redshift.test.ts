import {
  DescribeClusterParameterGroupsCommand,
  DescribeClusterParametersCommand,
  DescribeClustersCommand,
  DescribeLoggingStatusCommand,
} from '@aws-sdk/client-redshift';
import { describe, expect, it } from 'vitest';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';

describe('Redshift clusters and parameter groups', () => {
  it('reads every page of clusters with logging status, and require_ssl of each group', async () => {
    const rs = mocks.of('redshift');
    rs.on(DescribeClustersCommand, { Marker: undefined })
      .resolves({ Clusters: [{ ClusterIdentifier: 'claims', Encrypted: true, KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1', PubliclyAccessible: false, EnhancedVpcRouting: true, AutomatedSnapshotRetentionPeriod: 35, AllowVersionUpgrade: true, PreferredMaintenanceWindow: 'sun:05:00-sun:05:30', ClusterParameterGroups: [{ ParameterGroupName: 'claims-params' }], Tags: [{ Key: 'data-class', Value: 'phi' }] }], Marker: 'm2' })
      .on(DescribeClustersCommand, { Marker: 'm2' })
      .resolves({ Clusters: [{ ClusterIdentifier: 'adhoc', Encrypted: false, PubliclyAccessible: true, AutomatedSnapshotRetentionPeriod: 0, AllowVersionUpgrade: false, ClusterParameterGroups: [{ ParameterGroupName: 'default.redshift-1.0' }] }] });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'claims' }).resolves({ LoggingEnabled: true, LogDestinationType: 'cloudwatch', LogExports: ['connectionlog', 'useractivitylog'] });
    rs.on(DescribeLoggingStatusCommand, { ClusterIdentifier: 'adhoc' }).rejects(denied('redshift:DescribeLoggingStatus'));
    rs.on(DescribeClusterParameterGroupsCommand).resolves({ ParameterGroups: [{ ParameterGroupName: 'claims-params', ParameterGroupFamily: 'redshift-1.0' }] });
    rs.on(DescribeClusterParametersCommand).resolves({ Parameters: [{ ParameterName: 'enable_user_activity_logging', ParameterValue: 'true' }, { ParameterName: 'require_ssl', ParameterValue: 'true' }] });
    const result = await collectAws({ regions: [R] });
    const clusters = ofType(result.resources, 'AWS::Redshift::Cluster');
    const claims = clusters.find((c) => c.name === 'claims')!;
    expect(claims).toMatchObject({ id: `arn:aws:redshift:${R}:${ACCOUNT}:cluster:claims`, tags: { 'data-class': 'phi' } });
    expect(claims.props).toMatchObject({ encrypted: true, logging: { destination: 'cloudwatch', bucketName: null, logExports: ['connectionlog', 'useractivitylog'] }, clusterParameterGroupName: 'claims-params' });
    const adhoc = clusters.find((c) => c.name === 'adhoc')!;
    expect(adhoc.props).toMatchObject({ encrypted: false, kmsKeyId: null, publiclyAccessible: true, enhancedVpcRouting: false, logging: { $unknown: expect.stringMatching(/AccessDenied/) } });
    expect(ofType(result.resources, 'AWS::Redshift::ClusterParameterGroup')[0]!.props).toEqual({ groupName: 'claims-params', parameters: { require_ssl: 'true' } });
  });

  it('marks clusters incomplete when throttled', async () => {
    mocks.of('redshift').on(DescribeClustersCommand).rejects(throttled());
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::Redshift::Cluster')).toMatchObject({ complete: false });
  });
});
