import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-emr-cluster-kerberos',
    title: 'EMR cluster authenticates users and services with Kerberos',
    severity: 'high',
    hipaa: ['164.312(d)', '164.312(a)(1)'],
    resourceTypes: ['AWS::EMR::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['emr-kerberos'],
    rationale:
      'Without Kerberos, Hadoop, Hive and Spark on an EMR cluster trust whatever user name a client claims, so anyone ' +
      'who reaches the cluster network reads the PHI data sets it processes as any user. Kerberos makes every user ' +
      'and service prove who it is, which is what lets per-user permissions and audit mean anything.',
    remediation: {
      text: 'Create a security configuration with Kerberos authentication (a cluster-dedicated KDC or a cross-realm trust with your directory) and launch the cluster with it; a running cluster cannot switch.',
      cli: 'aws emr create-security-configuration --name phi-kerberos --security-configuration \'{"AuthenticationConfiguration":{"KerberosConfiguration":{"Provider":"ClusterDedicatedKdc","ClusterDedicatedKdcConfiguration":{"TicketLifetimeInHours":24}}}}\'',
      terraform: 'resource "aws_emr_cluster" "this" {\n  # ...\n  security_configuration = aws_emr_security_configuration.kerberos.name\n  kerberos_attributes {\n    realm              = "EC2.INTERNAL"\n    kdc_admin_password       = var.kdc_admin_password\n  }\n}',
      cloudformation: 'SecurityConfiguration: !Ref KerberosSecurityConfiguration\nKerberosAttributes:\n  Realm: EC2.INTERNAL\n  KdcAdminPassword: "{{resolve:secretsmanager:emr/kdc:SecretString:password}}"',
    },
  },
  evaluate(cluster, ctx) {
    const name = cluster.props.securityConfiguration;
    if (isUnknown(name)) return unknownResult('securityConfiguration', name);
    if (name === null) return fail('The cluster runs without a security configuration, so without Kerberos.', ev('securityConfiguration', null));
    const config = ctx.lookup('AWS::EMR::SecurityConfiguration', name, cluster);
    if (!config) return notAssessed(`the security configuration ${name} is not in the inventory`, ev('securityConfiguration', name));
    const on = config.props.kerberosEnabled;
    if (isUnknown(on)) return unknownResult('securityConfiguration.kerberosEnabled', on);
    const evidence = [ev('securityConfiguration', name), ev('securityConfiguration.kerberosEnabled', on)];
    return on
      ? pass(`The security configuration ${config.name} turns on Kerberos authentication.`, ...evidence)
      : fail(`The security configuration ${config.name} has no Kerberos authentication.`, ...evidence);
  },
});
