import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function parse(resources: string): AnyResource[] {
  const result = parseCloudFormation('tpl.yaml', `Resources:\n${resources}`);
  expect(result.problems).toEqual([]);
  return result.resources;
}
const of = (rs: AnyResource[], address: string) => rs.find((r) => r.origin.kind === 'iac' && r.origin.address === address)!;

describe('database stores in CloudFormation', () => {
  it('joins scalable targets into the table or index they name, and leaves the rest fixed', () => {
    const rs = parse(`
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      GlobalSecondaryIndexes: [{IndexName: by-patient}]
  IndexRead:
    Type: AWS::ApplicationAutoScaling::ScalableTarget
    Properties: {ServiceNamespace: dynamodb, ResourceId: !Sub 'table/\${Table}/index/by-patient', ScalableDimension: 'dynamodb:index:ReadCapacityUnits', MinCapacity: 1, MaxCapacity: 10}
`);
    expect(of(rs, 'Table').props).toEqual({
      tableName: { $unknown: 'TableName is not declared: CloudFormation generates it at deploy time' },
      billingMode: 'PROVISIONED',
      sse: { type: 'AWS_OWNED', kmsKeyId: null },
      pointInTimeRecovery: false,
      capacity: [
        { resource: 'table', dimension: 'read', autoScaled: false },
        { resource: 'table', dimension: 'write', autoScaled: false },
        { resource: 'index/by-patient', dimension: 'read', autoScaled: true },
        { resource: 'index/by-patient', dimension: 'write', autoScaled: false },
      ],
    });
  });

  it('reads an Elasticsearch domain with its version default and leaves an undeclared TLS policy unknown', () => {
    const rs = parse(`
  Legacy:
    Type: AWS::Elasticsearch::Domain
    Properties: {DomainEndpointOptions: {EnforceHTTPS: true}}
`);
    expect(of(rs, 'Legacy').props).toMatchObject({
      engineVersion: 'Elasticsearch_1.5',
      enforceHttps: true,
      tlsSecurityPolicy: { $unknown: expect.stringMatching(/no TLS security policy is declared/) },
      encryptionAtRest: false,
      kmsKeyId: null,
      inVpc: false,
      logPublishing: [],
    });
  });

  it('settles the defaults of DMS, DAX, ElastiCache, Redshift and EFS', () => {
    const rs = parse(`
  Dms: {Type: AWS::DMS::ReplicationInstance, Properties: {ReplicationInstanceClass: dms.t3.micro}}
  Dax: {Type: AWS::DAX::Cluster, Properties: {NodeType: dax.t3.small, ReplicationFactor: 1, IAMRoleARN: arn:aws:iam::111122223333:role/dax, Tags: {team: records}}}
  Cache: {Type: AWS::ElastiCache::ReplicationGroup, Properties: {ReplicationGroupDescription: x, TransitEncryptionEnabled: true}}
  Warehouse: {Type: AWS::Redshift::Cluster, Properties: {NodeType: ra3.xlplus, ClusterType: single-node, DBName: x, MasterUsername: x}}
  Files: {Type: AWS::EFS::FileSystem, Properties: {KmsKeyId: alias/files}}
`);
    expect(of(rs, 'Dms').props).toMatchObject({ publiclyAccessible: true, kmsKeyId: null });
    expect(of(rs, 'Dax')).toMatchObject({ tags: { team: 'records' }, props: { sseEnabled: false, endpointEncryption: 'NONE' } });
    expect(of(rs, 'Cache').props).toMatchObject({ engine: 'redis', atRestEncryption: false, transitEncryptionMode: 'required', snapshotRetentionLimit: 0 });
    expect(of(rs, 'Warehouse').props).toMatchObject({
      encrypted: false,
      publiclyAccessible: false,
      automatedSnapshotRetentionPeriod: 1,
      allowVersionUpgrade: true,
      logging: null,
      clusterParameterGroupName: null,
    });
    // A key without Encrypted: true is refused by EFS; the file system is judged unencrypted.
    expect(of(rs, 'Files').props).toMatchObject({ encrypted: false, kmsKeyId: null, policy: null });
  });
});
