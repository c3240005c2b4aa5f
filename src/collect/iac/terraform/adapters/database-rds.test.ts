import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('Terraform RDS', () => {
  it('settles provider defaults for an instance and a cluster, and joins nothing it cannot see', async () => {
    const result = await scanHcl({
      'main.tf': `
resource "aws_db_instance" "db" {
  engine         = "postgres"
  instance_class = "db.t3.micro"
}
resource "aws_db_instance" "replica" {
  replicate_source_db = aws_db_instance.db.identifier
  instance_class      = "db.t3.micro"
}
resource "aws_rds_cluster" "claims" {
  cluster_identifier = "claims"
  engine             = "aurora-postgresql"
}
resource "aws_rds_cluster_instance" "claims" {
  cluster_identifier = aws_rds_cluster.claims.id
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}
resource "aws_db_parameter_group" "tls" {
  name   = "tls"
  family = "mysql8.0"
  parameter {
    name  = "require_secure_transport"
    value = "ON"
  }
  parameter {
    name  = "max_connections"
    value = "500"
  }
}
`,
    });
    expect(result.problems).toEqual([]);
    expect(byAddress(result, 'AWS::RDS::DBInstance', 'aws_db_instance.db').props).toMatchObject({
      publiclyAccessible: false,
      storageEncrypted: false,
      kmsKeyId: null,
      multiAz: false,
      backupRetentionPeriod: 1,
      autoMinorVersionUpgrade: true,
      monitoringInterval: 0,
      enabledLogExports: [],
      dbParameterGroupName: null,
    });
    expect(byAddress(result, 'AWS::RDS::DBInstance', 'aws_db_instance.replica').props).toMatchObject({
      storageEncrypted: { $unknown: 'storage encryption is inherited from the source named by replicate_source_db' },
      backupRetentionPeriod: 0,
    });
    const member = byAddress(result, 'AWS::RDS::DBInstance', 'aws_rds_cluster_instance.claims');
    expect(member.props.dbClusterIdentifier).toBe('ref:infra#aws_rds_cluster.claims');
    expect(byAddress(result, 'AWS::RDS::DBCluster', 'aws_rds_cluster.claims')).toMatchObject({
      name: 'claims',
      props: { engineMode: 'provisioned', storageEncrypted: false, multiAz: null, backupRetentionPeriod: 1, deletionProtection: false },
    });
    expect(byAddress(result, 'AWS::RDS::DBParameterGroup', 'aws_db_parameter_group.tls').props).toEqual({
      groupName: 'tls',
      family: 'mysql8.0',
      parameters: { require_secure_transport: 'ON' },
    });
  });
});
