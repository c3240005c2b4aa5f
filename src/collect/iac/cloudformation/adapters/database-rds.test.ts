import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function parse(resources: string): AnyResource[] {
  const yaml = `Parameters:\n  Public: {Type: String}\nResources:\n  Key: {Type: AWS::KMS::Key}\n${resources}`;
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return result.resources;
}
const of = (rs: AnyResource[], address: string) => rs.find((r) => r.origin.kind === 'iac' && r.origin.address === address)!;

describe('AWS::RDS::DBInstance and DBCluster', () => {
  it('settles the CloudFormation defaults of an instance, leaving public access to the subnet group', () => {
    const [db] = parse('  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: postgres, DBInstanceClass: db.t3.micro}\n').filter((r) => r.type === 'AWS::RDS::DBInstance');
    expect(db!.props).toEqual({
      dbInstanceIdentifier: { $unknown: 'DBInstanceIdentifier is not declared: CloudFormation generates it at deploy time' },
      engine: 'postgres',
      engineVersion: null,
      dbClusterIdentifier: null,
      publiclyAccessible: { $unknown: 'PubliclyAccessible is not declared: RDS decides it from the subnet group, public when its subnets are' },
      storageEncrypted: false,
      kmsKeyId: null,
      multiAz: false,
      backupRetentionPeriod: 1,
      deletionProtection: false,
      autoMinorVersionUpgrade: true,
      monitoringInterval: 0,
      enabledLogExports: [],
      iamDatabaseAuthentication: false,
      dbParameterGroupName: null,
    });
  });

  it('reads a key as encryption, a restore as inherited, and a parameter left without value as unknown', () => {
    const rs = parse(
      [
        '  Keyed:\n    Type: AWS::RDS::DBInstance\n    Properties: {Engine: mysql, KmsKeyId: !GetAtt Key.Arn, PubliclyAccessible: !Ref Public}',
        '  Restored:\n    Type: AWS::RDS::DBInstance\n    Properties: {DBSnapshotIdentifier: patients-final}',
        '',
      ].join('\n'),
    );
    expect(of(rs, 'Keyed').props).toMatchObject({ storageEncrypted: true, kmsKeyId: 'ref:tpl.yaml#Key', publiclyAccessible: { $unknown: expect.stringMatching(/Public/) } });
    expect(of(rs, 'Restored').props).toMatchObject({
      storageEncrypted: { $unknown: 'storage encryption is inherited from the source named by DBSnapshotIdentifier' },
      engine: { $unknown: expect.stringMatching(/Engine is not declared/) },
    });
  });

  it('encrypts Aurora Serverless v1 always, and leaves Aurora Multi-AZ to the instances while Multi-AZ DB clusters are', () => {
    const rs = parse(
      [
        '  Serverless:\n    Type: AWS::RDS::DBCluster\n    Properties: {Engine: aurora-mysql, EngineMode: serverless}',
        '  MultiAzCluster:\n    Type: AWS::RDS::DBCluster\n    Properties: {Engine: postgres, DBClusterParameterGroupName: tls-required}',
        '',
      ].join('\n'),
    );
    expect(of(rs, 'Serverless').props).toMatchObject({ storageEncrypted: true, multiAz: null, engineMode: 'serverless', backupRetentionPeriod: 1 });
    expect(of(rs, 'MultiAzCluster').props).toMatchObject({ storageEncrypted: false, multiAz: true, engineMode: 'provisioned', dbClusterParameterGroupName: 'tls-required' });
  });

  it('keeps only the TLS parameters of a parameter group, numbers as text', () => {
    const rs = parse('  Params:\n    Type: AWS::RDS::DBParameterGroup\n    Properties:\n      Family: postgres16\n      DBParameterGroupName: patients\n      Parameters: {rds.force_ssl: 1, log_connections: 1}\n');
    const group = of(rs, 'Params');
    expect(group).toMatchObject({ type: 'AWS::RDS::DBParameterGroup', name: 'patients', refs: ['ref:tpl.yaml#Params', 'patients'] });
    expect(group.props).toEqual({ groupName: 'patients', family: 'postgres16', parameters: { 'rds.force_ssl': '1' } });
  });
});
