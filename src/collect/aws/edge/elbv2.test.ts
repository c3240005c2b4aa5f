import {
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetWebACLForResourceCommand } from '@aws-sdk/client-wafv2';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const lbArn = (kind: string, name: string) => `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:loadbalancer/${kind}/${name}/50dc6c495c0c9188`;
const ALB = lbArn('app', 'phi-portal');
const NLB = lbArn('net', 'hl7-feed');
const HTTPS = `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:listener/app/phi-portal/50dc6c495c0c9188/aaaa`;
const HTTP = `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:listener/app/phi-portal/50dc6c495c0c9188/bbbb`;
const TG = `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:targetgroup/phi-app/73e2d6bc24d8a067`;
const CERT = `arn:aws:acm:${R}:${ACCOUNT}:certificate/11111111-aaaa-bbbb-cccc-000000000001`;
const SNI = `arn:aws:iam::${ACCOUNT}:server-certificate/legacy`;
const VISIBILITY = { SampledRequestsEnabled: true, CloudWatchMetricsEnabled: true, MetricName: 'phi-edge' };
const ACL = `arn:aws:wafv2:${R}:${ACCOUNT}:regional/webacl/phi-edge/0f1e`;

function twoLoadBalancers(): void {
  const v2 = mocks.of('elbv2');
  v2.on(DescribeLoadBalancersCommand, { Marker: undefined })
    .resolves({ LoadBalancers: [{ LoadBalancerArn: ALB, LoadBalancerName: 'phi-portal', Type: 'application', Scheme: 'internet-facing' }], NextMarker: 'p2' })
    .on(DescribeLoadBalancersCommand, { Marker: 'p2' })
    .resolves({ LoadBalancers: [{ LoadBalancerArn: NLB, LoadBalancerName: 'hl7-feed', Type: 'network', Scheme: 'internal' }] });
  v2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: ALB }).resolves({
    Attributes: [
      { Key: 'deletion_protection.enabled', Value: 'true' },
      { Key: 'routing.http.drop_invalid_header_fields.enabled', Value: 'true' },
      { Key: 'access_logs.s3.enabled', Value: 'true' },
      { Key: 'access_logs.s3.bucket', Value: 'elb-logs' },
      { Key: 'access_logs.s3.prefix', Value: '' },
    ],
  });
  v2.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: NLB }).resolves({
    Attributes: [{ Key: 'deletion_protection.enabled', Value: 'false' }, { Key: 'access_logs.s3.enabled', Value: 'false' }],
  });
  v2.on(DescribeListenersCommand, { LoadBalancerArn: ALB }).resolves({
    Listeners: [
      {
        ListenerArn: HTTPS,
        LoadBalancerArn: ALB,
        Port: 443,
        Protocol: 'HTTPS',
        SslPolicy: 'ELBSecurityPolicy-2016-08',
        Certificates: [{ CertificateArn: CERT }],
        DefaultActions: [{ Type: 'forward', ForwardConfig: { TargetGroups: [{ TargetGroupArn: TG, Weight: 1 }] } }],
      },
      {
        ListenerArn: HTTP,
        LoadBalancerArn: ALB,
        Port: 80,
        Protocol: 'HTTP',
        DefaultActions: [{ Type: 'redirect', RedirectConfig: { Protocol: 'HTTPS', Port: '443', StatusCode: 'HTTP_301' } }],
      },
    ],
  });
  v2.on(DescribeListenersCommand, { LoadBalancerArn: NLB }).resolves({ Listeners: [] });
  v2.on(DescribeListenerCertificatesCommand, { ListenerArn: HTTPS, Marker: undefined })
    .resolves({ Certificates: [{ CertificateArn: CERT, IsDefault: true }], NextMarker: 'c2' })
    .on(DescribeListenerCertificatesCommand, { ListenerArn: HTTPS, Marker: 'c2' })
    .resolves({ Certificates: [{ CertificateArn: SNI, IsDefault: false }] });
  v2.on(DescribeTargetGroupsCommand).resolves({
    TargetGroups: [{ TargetGroupArn: TG, TargetGroupName: 'phi-app', Protocol: 'HTTP', Port: 8080, TargetType: 'ip', LoadBalancerArns: [ALB] }],
  });
  v2.on(DescribeTagsCommand).resolves({ TagDescriptions: [{ ResourceArn: ALB, Tags: [{ Key: 'data-class', Value: 'phi' }] }] });
  mocks.of('wafv2').on(GetWebACLForResourceCommand, { ResourceArn: ALB }).resolves({ WebACL: { ARN: ACL, Name: 'phi-edge', Id: '0f1e', DefaultAction: { Allow: {} }, VisibilityConfig: VISIBILITY } });
}

describe('ELBv2 load balancers, listeners and target groups', () => {
  it('lists every page, reads attributes, listeners, SNI certificates, the web ACL and tags', async () => {
    twoLoadBalancers();
    const result = await collectAws({ regions: [R] });
    const lbs = ofType(result.resources, 'AWS::ElasticLoadBalancingV2::LoadBalancer');
    expect(lbs.map((l) => l.id)).toEqual([ALB, NLB]);
    expect(lbs[0]).toMatchObject({
      name: 'phi-portal',
      tags: { 'data-class': 'phi' },
      props: {
        loadBalancerName: 'phi-portal',
        type: 'application',
        scheme: 'internet-facing',
        deletionProtection: true,
        dropInvalidHeaderFields: true,
        accessLogs: { bucket: 'elb-logs', prefix: null },
        webAclArn: ACL,
      },
      refs: [ALB, 'phi-portal'],
    });
    // A Network Load Balancer has neither the header setting nor a web ACL; WAF is not asked.
    expect(lbs[1]!.props).toEqual({
      loadBalancerName: 'hl7-feed',
      type: 'network',
      scheme: 'internal',
      deletionProtection: false,
      dropInvalidHeaderFields: false,
      accessLogs: null,
      webAclArn: null,
    });
    expect(mocks.of('wafv2').commandCalls(GetWebACLForResourceCommand).map((c) => c.args[0].input.ResourceArn)).toEqual([ALB]);

    const listeners = ofType(result.resources, 'AWS::ElasticLoadBalancingV2::Listener');
    expect(listeners.find((l) => l.id === HTTPS)!.props).toEqual({
      loadBalancerArn: ALB,
      protocol: 'HTTPS',
      port: 443,
      sslPolicy: 'ELBSecurityPolicy-2016-08',
      certificates: [CERT, SNI],
      defaultActions: [{ type: 'forward', redirectProtocol: null, targetGroups: [TG] }],
    });
    expect(listeners.find((l) => l.id === HTTP)!.props).toMatchObject({
      protocol: 'HTTP',
      sslPolicy: null,
      certificates: [],
      defaultActions: [{ type: 'redirect', redirectProtocol: 'HTTPS', targetGroups: [] }],
    });
    expect(ofType(result.resources, 'AWS::ElasticLoadBalancingV2::TargetGroup')[0]).toMatchObject({
      id: TG,
      props: { targetGroupName: 'phi-app', targetType: 'ip', protocol: 'HTTP', port: 8080 },
    });
    for (const type of ['AWS::ElasticLoadBalancingV2::LoadBalancer', 'AWS::ElasticLoadBalancingV2::Listener', 'AWS::ElasticLoadBalancingV2::TargetGroup']) {
      expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type, complete: true, reasons: [] });
    }
  });

  it('turns a denied attribute read and a throttled web ACL read into unknown values', async () => {
    twoLoadBalancers();
    mocks.of('elbv2').on(DescribeLoadBalancerAttributesCommand, { LoadBalancerArn: ALB }).rejects(denied('elasticloadbalancing:DescribeLoadBalancerAttributes'));
    mocks.of('wafv2').on(GetWebACLForResourceCommand).rejects(throttled());
    mocks.of('elbv2').on(DescribeTagsCommand).rejects(denied('elasticloadbalancing:DescribeTags'));
    const lb = ofType((await collectAws({ regions: [R] })).resources, 'AWS::ElasticLoadBalancingV2::LoadBalancer').find((l) => l.id === ALB)!;
    const why = unknown('AccessDenied on elbv2:DescribeLoadBalancerAttributes (IAM action elasticloadbalancing:DescribeLoadBalancerAttributes)');
    expect(lb.props).toMatchObject({ type: 'application', deletionProtection: why, dropInvalidHeaderFields: why, accessLogs: why });
    expect(lb.props.webAclArn).toEqual(unknown('throttled: wafv2:GetWebACLForResource gave up after 10 attempts'));
    expect(lb.tags).toEqual(unknown('AccessDenied on elbv2:DescribeTags (IAM action elasticloadbalancing:DescribeTags)'));
  });

  it('marks all three types incomplete when the load balancers cannot be listed', async () => {
    mocks.of('elbv2').on(DescribeLoadBalancersCommand).rejects(denied('elasticloadbalancing:DescribeLoadBalancers'));
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::ElasticLoadBalancingV2::LoadBalancer')).toEqual([]);
    const lbCoverage = result.coverage.find((c) => c.type === 'AWS::ElasticLoadBalancingV2::LoadBalancer');
    expect(lbCoverage).toMatchObject({ complete: false, reasons: [`AccessDenied on elbv2:DescribeLoadBalancers (IAM action elasticloadbalancing:DescribeLoadBalancers) in ${R}`] });
    expect(result.coverage.find((c) => c.type === 'AWS::ElasticLoadBalancingV2::Listener')?.complete).toBe(false);
    expect(result.coverage.find((c) => c.type === 'AWS::ElasticLoadBalancingV2::TargetGroup')?.complete).toBe(true);
    expect(result.problems.filter((p) => p.source.endsWith(':elbv2'))).toHaveLength(2);
  });

  it('keeps the listener with unknown certificates when the SNI list is throttled', async () => {
    twoLoadBalancers();
    mocks.of('elbv2').on(DescribeListenerCertificatesCommand).rejects(throttled());
    const listeners = ofType((await collectAws({ regions: [R] })).resources, 'AWS::ElasticLoadBalancingV2::Listener');
    expect(listeners.find((l) => l.id === HTTPS)!.props.certificates).toEqual(
      unknown('throttled: elbv2:DescribeListenerCertificates gave up after 10 attempts'),
    );
  });

  it('finds nothing in an empty account, completely', async () => {
    const result = await collectAws({ regions: [R] });
    expect(result.resources.filter((r) => r.type.startsWith('AWS::ElasticLoadBalancingV2::'))).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::ElasticLoadBalancingV2::Listener')?.complete).toBe(true);
  });
});
