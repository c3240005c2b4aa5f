import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function collect(yaml: string): Record<string, AnyResource> {
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return Object.fromEntries(result.resources.map((r) => [r.origin.kind === 'iac' ? r.origin.address : r.id, r]));
}

const TEMPLATE = `
Parameters:
  Policy: {Type: String}
Resources:
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Name: phi-portal
      Subnets: [subnet-1, subnet-2]
      LoadBalancerAttributes:
        - {Key: deletion_protection.enabled, Value: "true"}
        - {Key: routing.http.drop_invalid_header_fields.enabled, Value: true}
        - {Key: access_logs.s3.enabled, Value: "true"}
        - {Key: access_logs.s3.bucket, Value: !Ref LogBucket}
  Bare:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties:
      Type: network
      Scheme: internal
  LogBucket: {Type: AWS::S3::Bucket}
  Acl:
    Type: AWS::WAFv2::WebACL
    Properties: {Name: phi-edge, Scope: REGIONAL, DefaultAction: {Allow: {}}}
  AclOnAlb:
    Type: AWS::WAFv2::WebACLAssociation
    Properties: {ResourceArn: !Ref Alb, WebACLArn: !GetAtt Acl.Arn}
  AclLogs:
    Type: AWS::WAFv2::LoggingConfiguration
    Properties:
      ResourceArn: !GetAtt Acl.Arn
      LogDestinationConfigs: [!Sub "arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-phi"]
  Https:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Protocol: HTTPS
      Port: 443
      Certificates: [{CertificateArn: !Ref Cert}]
      DefaultActions:
        - Type: forward
          ForwardConfig: {TargetGroups: [{TargetGroupArn: !Ref App}]}
  ExtraCert:
    Type: AWS::ElasticLoadBalancingV2::ListenerCertificate
    Properties:
      ListenerArn: !Ref Https
      Certificates: [{CertificateArn: "arn:aws:iam::111122223333:server-certificate/legacy"}]
  Http:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Protocol: HTTP
      Port: 80
      DefaultActions: [{Type: redirect, RedirectConfig: {Port: "443", StatusCode: HTTP_301}}]
  Tls:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Bare
      Protocol: TLS
      Port: 6514
      SslPolicy: !Ref Policy
      DefaultActions: [{Type: forward, TargetGroupArn: !Ref App}]
  Cert:
    Type: AWS::CertificateManager::Certificate
    Properties: {DomainName: portal.clinic.example}
  App:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: {Protocol: HTTP, Port: 8080, TargetType: ip, VpcId: vpc-1}
  Fn:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: {TargetType: lambda}
  Classic:
    Type: AWS::ElasticLoadBalancing::LoadBalancer
    Properties:
      LoadBalancerName: legacy-portal
      AvailabilityZones: [us-east-1a]
      CrossZone: true
      AccessLoggingPolicy: {Enabled: true, S3BucketName: elb-logs, S3BucketPrefix: legacy, EmitInterval: 5}
      Listeners:
        - {LoadBalancerPort: "443", InstancePort: "80", Protocol: https, InstanceProtocol: HTTP, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x, PolicyNames: [Tls12]}
        - {LoadBalancerPort: "8443", InstancePort: "80", Protocol: SSL, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x}
        - {LoadBalancerPort: "9443", InstancePort: "80", Protocol: HTTPS, SSLCertificateId: arn:aws:acm:us-east-1:111122223333:certificate/x}
        - {LoadBalancerPort: "80", InstancePort: "80", Protocol: HTTP}
      Policies:
        - PolicyName: Tls12
          PolicyType: SSLNegotiationPolicyType
          Attributes: [{Name: Reference-Security-Policy, Value: ELBSecurityPolicy-TLS-1-2-2017-01}]
        - PolicyName: Custom
          PolicyType: SSLNegotiationPolicyType
          LoadBalancerPorts: ["8443"]
          Attributes: [{Name: Protocol-TLSv1.2, Value: "true"}, {Name: Protocol-TLSv1.1, Value: "true"}, {Name: ECDHE-RSA-AES128-GCM-SHA256, Value: "true"}]
`;

describe('Elastic Load Balancing in CloudFormation', () => {
  const r = collect(TEMPLATE);

  it('reads load balancer attributes and joins the web ACL association', () => {
    expect(r.Alb!.props).toEqual({
      loadBalancerName: 'phi-portal',
      type: 'application',
      scheme: 'internet-facing',
      deletionProtection: true,
      dropInvalidHeaderFields: true,
      accessLogs: { bucket: 'ref:tpl.yaml#LogBucket', prefix: null },
      webAclArn: 'ref:tpl.yaml#Acl',
    });
    expect(r.Alb!.refs).toEqual(['ref:tpl.yaml#Alb', 'phi-portal']);
    expect(r.Bare!.props).toMatchObject({ type: 'network', scheme: 'internal', deletionProtection: false, dropInvalidHeaderFields: false, accessLogs: null, webAclArn: null });
    expect(r.Acl!.props).toEqual({ name: 'phi-edge', scope: 'REGIONAL', logDestinations: ['arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-phi'] });
  });

  it('settles listener defaults: the 2016-08 policy, a redirect keeping the protocol', () => {
    expect(r.Https!.props).toEqual({
      loadBalancerArn: 'ref:tpl.yaml#Alb',
      protocol: 'HTTPS',
      port: 443,
      sslPolicy: 'ELBSecurityPolicy-2016-08',
      certificates: ['ref:tpl.yaml#Cert', 'arn:aws:iam::111122223333:server-certificate/legacy'],
      defaultActions: [{ type: 'forward', redirectProtocol: null, targetGroups: ['ref:tpl.yaml#App'] }],
    });
    expect(r.Http!.props).toMatchObject({ sslPolicy: null, defaultActions: [{ type: 'redirect', redirectProtocol: '#{protocol}', targetGroups: [] }] });
    expect((r.Tls!.props as { sslPolicy: unknown }).sslPolicy).toEqual({ $unknown: 'parameter Policy has no value' });
  });

  it('reads target group protocols, none for Lambda targets', () => {
    expect(r.App!.props).toEqual({ targetGroupName: { $unknown: 'Name is not declared: CloudFormation generates it at deploy time' }, targetType: 'ip', protocol: 'HTTP', port: 8080 });
    expect(r.Fn!.props).toMatchObject({ targetType: 'lambda', protocol: null });
  });

  it('finds each classic listener its negotiation policy, by name, by port, or the default', () => {
    expect(r.Classic!.props).toMatchObject({
      loadBalancerName: 'legacy-portal',
      crossZone: true,
      accessLogs: { bucket: 'elb-logs', prefix: 'legacy' },
    });
    const listeners = (r.Classic!.props as { listeners: unknown }).listeners as { protocol: string; instanceProtocol: string; sslPolicy: unknown }[];
    expect(listeners.map((l) => [l.protocol, l.instanceProtocol, l.sslPolicy])).toEqual([
      ['HTTPS', 'HTTP', { name: 'Tls12', reference: 'ELBSecurityPolicy-TLS-1-2-2017-01', protocols: ['TLSv1.2'] }],
      ['SSL', 'SSL', { name: 'Custom', reference: null, protocols: ['TLSv1.2', 'TLSv1.1'] }],
      ['HTTPS', 'HTTPS', { name: 'ELBSecurityPolicy-2016-08', reference: 'ELBSecurityPolicy-2016-08', protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] }],
      ['HTTP', 'HTTP', null],
    ]);
  });

  it('defaults a bare classic load balancer to no cross-zone balancing and no access logs', () => {
    const c = collect('Resources:\n  C:\n    Type: AWS::ElasticLoadBalancing::LoadBalancer\n    Properties:\n      Listeners: [{LoadBalancerPort: 80, InstancePort: 80, Protocol: HTTP}]\n').C!;
    expect(c.props).toMatchObject({ scheme: 'internet-facing', crossZone: false, accessLogs: null });
  });
});
