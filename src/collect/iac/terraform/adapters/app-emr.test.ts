import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('aws_emr_cluster, aws_emr_security_configuration', () => {
  it('joins the security configuration by reference and reads Kerberos from its JSON', async () => {
    const main = `
resource "aws_emr_security_configuration" "kerberos" {
  name = "phi-kerberos"
  configuration = jsonencode({
    AuthenticationConfiguration = {
      KerberosConfiguration = {
        Provider                        = "ClusterDedicatedKdc"
        ClusterDedicatedKdcConfiguration = { TicketLifetimeInHours = 24 }
      }
    }
  })
}
resource "aws_emr_security_configuration" "plain" {
  name_prefix   = "enc-"
  configuration = <<EOT
{"EncryptionConfiguration": {"EnableAtRestEncryption": false, "EnableInTransitEncryption": false}}
EOT
}
resource "aws_emr_cluster" "claims" {
  name                   = "claims-analytics"
  release_label          = "emr-7.1.0"
  service_role           = "EMR_DefaultRole"
  security_configuration = aws_emr_security_configuration.kerberos.name
  ec2_attributes {
    subnet_id        = "subnet-0abc"
    instance_profile = "EMR_EC2_DefaultRole"
  }
  master_instance_group { instance_type = "m5.xlarge" }
}
resource "aws_emr_cluster" "fleet" {
  name          = "adhoc"
  release_label = "emr-7.1.0"
  service_role  = "EMR_DefaultRole"
  ec2_attributes {
    subnet_ids       = ["subnet-1", "subnet-2"]
    instance_profile = "EMR_EC2_DefaultRole"
  }
}
`;
    const r = await scanHcl({ 'main.tf': main });
    expect(r.problems).toEqual([]);
    const sc = byAddress(r, 'AWS::EMR::SecurityConfiguration', 'aws_emr_security_configuration.kerberos');
    expect(sc.props).toEqual({ name: 'phi-kerberos', kerberosEnabled: true });
    expect(sc.refs).toContain('phi-kerberos');
    expect(byAddress(r, 'AWS::EMR::SecurityConfiguration', 'aws_emr_security_configuration.plain').props).toEqual({
      name: { $unknown: 'name is generated from name_prefix at apply' },
      kerberosEnabled: false,
    });
    const claims = byAddress(r, 'AWS::EMR::Cluster', 'aws_emr_cluster.claims');
    expect(claims.props).toEqual({ clusterName: 'claims-analytics', securityConfiguration: 'ref:infra#aws_emr_security_configuration.kerberos', masterPublicIp: null, subnetId: 'subnet-0abc' });
    expect(sc.refs).toContain(claims.props.securityConfiguration);
    expect(byAddress(r, 'AWS::EMR::Cluster', 'aws_emr_cluster.fleet').props).toMatchObject({
      securityConfiguration: null,
      subnetId: { $unknown: expect.stringMatching(/several subnets/) },
    });
  });
});
