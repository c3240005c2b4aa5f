import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function parse(resources: string): AnyResource[] {
  const result = parseCloudFormation('tpl.yaml', `Parameters:\n  Subnet: {Type: String}\nResources:\n${resources}`);
  expect(result.problems).toEqual([]);
  return result.resources;
}

describe('AWS::EMR::Cluster and AWS::EMR::SecurityConfiguration', () => {
  it('reads the security configuration reference, the subnet, and Kerberos from the JSON', () => {
    const [sc, plain, c] = parse(
      [
        '  Kerberos:',
        '    Type: AWS::EMR::SecurityConfiguration',
        '    Properties:',
        '      Name: phi-kerberos',
        '      SecurityConfiguration:',
        '        AuthenticationConfiguration:',
        '          KerberosConfiguration: {Provider: ClusterDedicatedKdc, ClusterDedicatedKdcConfiguration: {TicketLifetimeInHours: 24}}',
        '  Plain:',
        '    Type: AWS::EMR::SecurityConfiguration',
        '    Properties:',
        '      SecurityConfiguration: \'{"EncryptionConfiguration": {"EnableAtRestEncryption": false, "EnableInTransitEncryption": false}}\'',
        '  Cluster:',
        '    Type: AWS::EMR::Cluster',
        '    Properties:',
        '      Name: claims-analytics',
        '      ReleaseLabel: emr-7.1.0',
        '      JobFlowRole: EMR_EC2_DefaultRole',
        '      ServiceRole: EMR_DefaultRole',
        '      SecurityConfiguration: !Ref Kerberos',
        '      Instances: {Ec2SubnetId: subnet-0abc, MasterInstanceGroup: {InstanceCount: 1, InstanceType: m5.xlarge}}',
        '',
      ].join('\n'),
    );
    expect(sc).toMatchObject({ name: 'phi-kerberos', refs: ['ref:tpl.yaml#Kerberos', 'phi-kerberos'], props: { name: 'phi-kerberos', kerberosEnabled: true } });
    expect(plain!.props).toMatchObject({ kerberosEnabled: false });
    expect(c!.props).toEqual({ clusterName: 'claims-analytics', securityConfiguration: 'ref:tpl.yaml#Kerberos', masterPublicIp: null, subnetId: 'subnet-0abc' });
  });

  it('has no subnet without one, and cannot tell which of several fleet subnets', () => {
    const base = 'ReleaseLabel: emr-7.1.0, JobFlowRole: r, ServiceRole: s';
    const [none, fleet, param] = parse(
      [
        `  A: {Type: AWS::EMR::Cluster, Properties: {Name: a, ${base}, Instances: {}}}`,
        `  B: {Type: AWS::EMR::Cluster, Properties: {Name: b, ${base}, Instances: {Ec2SubnetIds: [subnet-1, subnet-2]}}}`,
        `  C: {Type: AWS::EMR::Cluster, Properties: {Name: c, ${base}, Instances: {Ec2SubnetId: !Ref Subnet}}}`,
        '',
      ].join('\n'),
    );
    expect(none!.props).toMatchObject({ securityConfiguration: null, subnetId: null });
    expect(fleet!.props).toMatchObject({ subnetId: { $unknown: expect.stringMatching(/several subnets/) } });
    expect(param!.props).toMatchObject({ subnetId: { $unknown: 'parameter Subnet has no value' } });
  });
});
