import * as acm from '@aws-sdk/client-acm';
import * as apigw from '@aws-sdk/client-api-gateway';
import * as apigwv2 from '@aws-sdk/client-apigatewayv2';
import * as cloudfront from '@aws-sdk/client-cloudfront';
import * as dx from '@aws-sdk/client-direct-connect';
import * as eb from '@aws-sdk/client-elastic-beanstalk';
import * as elb from '@aws-sdk/client-elastic-load-balancing';
import * as elbv2 from '@aws-sdk/client-elastic-load-balancing-v2';
import * as waf from '@aws-sdk/client-waf';
import * as wafv2 from '@aws-sdk/client-wafv2';
import type { AwsMocks } from '../test-support/aws-mock.js';

const ACCOUNT = '111122223333';
const R = 'us-east-1';
export const EDGE_ARNS = {
  alb: `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:loadbalancer/app/phi-portal/50dc6c495c0c9188`,
  listener: `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:listener/app/phi-portal/50dc6c495c0c9188/f2f7dc8efc522ab2`,
  targetGroup: `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:targetgroup/phi-app/73e2d6bc24d8a067`,
  cert: `arn:aws:acm:${R}:${ACCOUNT}:certificate/5e1d3c2b-aaaa-bbbb-cccc-000000000001`,
  webAcl: `arn:aws:wafv2:${R}:${ACCOUNT}:regional/webacl/phi-edge/0f1e2d3c-aaaa-bbbb-cccc-000000000001`,
};

/**
 * What an empty account answers to the edge family's listing calls, for `mockAws()`.
 * Tests override what their case is about.
 */
export function edgeEmptyAccount(m: AwsMocks): void {
  m.of('elbv2').on(elbv2.DescribeLoadBalancersCommand).resolves({ LoadBalancers: [] });
  m.of('elbv2').on(elbv2.DescribeTargetGroupsCommand).resolves({ TargetGroups: [] });
  m.of('elasticloadbalancing').on(elb.DescribeLoadBalancersCommand).resolves({ LoadBalancerDescriptions: [] });
  m.of('apigateway').on(apigw.GetRestApisCommand).resolves({ items: [] });
  m.of('apigateway').on(apigw.GetDomainNamesCommand).resolves({ items: [] });
  m.of('apigatewayv2').on(apigwv2.GetApisCommand).resolves({ Items: [] });
  m.of('cloudfront').on(cloudfront.ListDistributionsCommand).resolves({ DistributionList: { Items: [], IsTruncated: false, Marker: '', MaxItems: 1000, Quantity: 0 } });
  m.of('acm').on(acm.ListCertificatesCommand).resolves({ CertificateSummaryList: [] });
  m.of('wafv2').on(wafv2.ListWebACLsCommand).resolves({ WebACLs: [] });
  m.of('wafv2').on(wafv2.ListLoggingConfigurationsCommand).resolves({ LoggingConfigurations: [] });
  m.of('directconnect').on(dx.DescribeConnectionsCommand).resolves({ connections: [] });
  m.of('elasticbeanstalk').on(eb.DescribeEnvironmentsCommand).resolves({ Environments: [] });
  m.of('waf').on(waf.ListWebACLsCommand).resolves({ WebACLs: [] });
  m.of('waf').on(waf.ListLoggingConfigurationsCommand).resolves({ LoggingConfigurations: [] });
}

/**
 * One of every resource the edge family collects, answered so that every operation its
 * collectors declare is called once: the read-only test runs a full scan over it.
 */
export function edgeOneOfEverything(m: AwsMocks): void {
  const v2 = m.of('elbv2');
  v2.on(elbv2.DescribeLoadBalancersCommand).resolves({
    LoadBalancers: [{ LoadBalancerArn: EDGE_ARNS.alb, LoadBalancerName: 'phi-portal', Type: 'application', Scheme: 'internet-facing' }],
  });
  v2.on(elbv2.DescribeLoadBalancerAttributesCommand).resolves({ Attributes: [{ Key: 'deletion_protection.enabled', Value: 'true' }] });
  v2.on(elbv2.DescribeListenersCommand).resolves({
    Listeners: [
      {
        ListenerArn: EDGE_ARNS.listener,
        LoadBalancerArn: EDGE_ARNS.alb,
        Port: 443,
        Protocol: 'HTTPS',
        SslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
        Certificates: [{ CertificateArn: EDGE_ARNS.cert }],
        DefaultActions: [{ Type: 'forward', TargetGroupArn: EDGE_ARNS.targetGroup }],
      },
    ],
  });
  v2.on(elbv2.DescribeListenerCertificatesCommand).resolves({ Certificates: [{ CertificateArn: EDGE_ARNS.cert, IsDefault: true }] });
  v2.on(elbv2.DescribeTargetGroupsCommand).resolves({
    TargetGroups: [{ TargetGroupArn: EDGE_ARNS.targetGroup, TargetGroupName: 'phi-app', Protocol: 'HTTPS', Port: 8443, TargetType: 'ip' }],
  });
  v2.on(elbv2.DescribeTagsCommand).resolves({ TagDescriptions: [] });
  m.of('wafv2').on(wafv2.GetWebACLForResourceCommand).resolves({
    WebACL: {
      ARN: EDGE_ARNS.webAcl,
      Name: 'phi-edge',
      Id: '0f1e2d3c-aaaa-bbbb-cccc-000000000001',
      DefaultAction: { Allow: {} },
      VisibilityConfig: { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'phi-edge' },
    },
  });

  const classic = m.of('elasticloadbalancing');
  classic.on(elb.DescribeLoadBalancersCommand).resolves({
    LoadBalancerDescriptions: [
      {
        LoadBalancerName: 'legacy-phi',
        Scheme: 'internet-facing',
        ListenerDescriptions: [
          {
            Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: EDGE_ARNS.cert },
            PolicyNames: ['ELBSecurityPolicy-TLS-1-2-2017-01'],
          },
        ],
      },
    ],
  });
  classic.on(elb.DescribeLoadBalancerAttributesCommand).resolves({ LoadBalancerAttributes: { CrossZoneLoadBalancing: { Enabled: true } } });
  classic.on(elb.DescribeLoadBalancerPoliciesCommand).resolves({ PolicyDescriptions: [] });
  classic.on(elb.DescribeTagsCommand).resolves({ TagDescriptions: [] });

  const rest = m.of('apigateway');
  rest.on(apigw.GetRestApisCommand).resolves({ items: [{ id: 'a1b2c3d4e5', name: 'patients-api', endpointConfiguration: { types: ['REGIONAL'] } }] });
  rest.on(apigw.GetResourcesCommand).resolves({
    items: [{ id: 'r1', path: '/patients', resourceMethods: { POST: { httpMethod: 'POST', requestValidatorId: 'v1' } } }],
  });
  rest.on(apigw.GetStagesCommand).resolves({ item: [{ stageName: 'prod', tracingEnabled: true, methodSettings: {} }] });
  rest.on(apigw.GetDomainNamesCommand).resolves({ items: [{ domainName: 'api.clinic.example', securityPolicy: 'TLS_1_2' }] });
  const http = m.of('apigatewayv2');
  http.on(apigwv2.GetApisCommand).resolves({ Items: [{ ApiId: 'f6g7h8i9j0', Name: 'intake', ProtocolType: 'HTTP', RouteSelectionExpression: '$request.method $request.path' }] });
  http.on(apigwv2.GetStagesCommand).resolves({ Items: [{ StageName: '$default' }] });

  const cf = m.of('cloudfront');
  cf.on(cloudfront.ListDistributionsCommand).resolves({
    DistributionList: {
      Marker: '',
      MaxItems: 1000,
      IsTruncated: false,
      Quantity: 1,
      Items: [
        {
          Id: 'E2QWRUHEXAMPLE',
          ARN: `arn:aws:cloudfront::${ACCOUNT}:distribution/E2QWRUHEXAMPLE`,
          DomainName: 'd111111abcdef8.cloudfront.net',
          Enabled: true,
          DefaultCacheBehavior: { TargetOriginId: 'portal', ViewerProtocolPolicy: 'redirect-to-https' },
          ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' },
        } as never,
      ],
    },
  });
  cf.on(cloudfront.GetDistributionConfigCommand).resolves({ DistributionConfig: { Logging: { Enabled: false, IncludeCookies: false, Bucket: '', Prefix: '' } } as never });
  cf.on(cloudfront.ListTagsForResourceCommand).resolves({ Tags: { Items: [] } });
  m.of('acm').on(acm.ListCertificatesCommand).resolves({
    CertificateSummaryList: [{ CertificateArn: EDGE_ARNS.cert, DomainName: 'portal.clinic.example', Type: 'AMAZON_ISSUED', Status: 'ISSUED', InUse: true }],
  });
  m.of('acm').on(acm.ListTagsForCertificateCommand).resolves({ Tags: [] });
  const waf2 = m.of('wafv2');
  waf2.on(wafv2.ListWebACLsCommand).resolves({ WebACLs: [{ Name: 'phi-edge', Id: '0f1e', ARN: EDGE_ARNS.webAcl }] });
  waf2.on(wafv2.ListLoggingConfigurationsCommand).resolves({ LoggingConfigurations: [] });
  waf2.on(wafv2.ListTagsForResourceCommand).resolves({ TagInfoForResource: { ResourceARN: EDGE_ARNS.webAcl, TagList: [] } });

  m.of('directconnect').on(dx.DescribeConnectionsCommand).resolves({
    connections: [{ connectionId: 'dxcon-fgabc123', connectionName: 'dc-to-clinic', connectionState: 'available', bandwidth: '10Gbps', location: 'EqDC2', macSecCapable: true, encryptionMode: 'must_encrypt', portEncryptionStatus: 'Encryption Up' }],
  });
  const beanstalk = m.of('elasticbeanstalk');
  beanstalk.on(eb.DescribeEnvironmentsCommand).resolves({
    Environments: [{ EnvironmentName: 'intake-prod', ApplicationName: 'intake', EnvironmentId: 'e-abc123', EnvironmentArn: `arn:aws:elasticbeanstalk:${R}:${ACCOUNT}:environment/intake/intake-prod` }],
  });
  beanstalk.on(eb.DescribeConfigurationSettingsCommand).resolves({ ConfigurationSettings: [{ OptionSettings: [] }] });
  beanstalk.on(eb.ListTagsForResourceCommand).resolves({ ResourceTags: [] });

  const wafClassic = m.of('waf');
  wafClassic.on(waf.ListWebACLsCommand).resolves({ WebACLs: [{ WebACLId: 'legacy-1', Name: 'legacy-cdn' }] });
  wafClassic.on(waf.ListLoggingConfigurationsCommand).resolves({ LoggingConfigurations: [] });
  wafClassic.on(waf.ListTagsForResourceCommand).resolves({ TagInfoForResource: { TagList: [] } });
}
