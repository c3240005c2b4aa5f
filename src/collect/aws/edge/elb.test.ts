import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
} from '@aws-sdk/client-elastic-load-balancing';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const CERT = `arn:aws:iam::${ACCOUNT}:server-certificate/portal-2019`;
const arn = (name: string) => `arn:aws:elasticloadbalancing:${R}:${ACCOUNT}:loadbalancer/${name}`;

function twoClassic(): void {
  const elb = mocks.of('elasticloadbalancing');
  elb
    .on(DescribeLoadBalancersCommand, { Marker: undefined })
    .resolves({
      LoadBalancerDescriptions: [
        {
          LoadBalancerName: 'legacy-portal',
          Scheme: 'internet-facing',
          ListenerDescriptions: [
            {
              Listener: { Protocol: 'HTTPS', LoadBalancerPort: 443, InstanceProtocol: 'HTTP', InstancePort: 80, SSLCertificateId: CERT },
              PolicyNames: ['AWSConsole-SSLNegotiationPolicy-legacy-portal-1571234567890', 'sticky'],
            },
            { Listener: { Protocol: 'HTTP', LoadBalancerPort: 80, InstanceProtocol: 'HTTP', InstancePort: 80 }, PolicyNames: [] },
          ],
        },
      ],
      NextMarker: 'm2',
    })
    .on(DescribeLoadBalancersCommand, { Marker: 'm2' })
    .resolves({
      LoadBalancerDescriptions: [
        {
          LoadBalancerName: 'hl7-tcp',
          Scheme: 'internal',
          ListenerDescriptions: [{ Listener: { Protocol: 'TCP', LoadBalancerPort: 2575, InstanceProtocol: 'TCP', InstancePort: 2575 }, PolicyNames: [] }],
        },
      ],
    });
  elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'legacy-portal' }).resolves({
    LoadBalancerAttributes: {
      CrossZoneLoadBalancing: { Enabled: false },
      AccessLog: { Enabled: true, S3BucketName: 'elb-logs', S3BucketPrefix: 'legacy', EmitInterval: 60 },
    },
  });
  elb.on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'hl7-tcp' }).resolves({
    LoadBalancerAttributes: { CrossZoneLoadBalancing: { Enabled: true }, AccessLog: { Enabled: false } },
  });
  elb.on(DescribeLoadBalancerPoliciesCommand, { LoadBalancerName: 'legacy-portal' }).resolves({
    PolicyDescriptions: [
      {
        PolicyName: 'AWSConsole-SSLNegotiationPolicy-legacy-portal-1571234567890',
        PolicyTypeName: 'SSLNegotiationPolicyType',
        PolicyAttributeDescriptions: [
          { AttributeName: 'Reference-Security-Policy', AttributeValue: 'ELBSecurityPolicy-2016-08' },
          { AttributeName: 'Protocol-TLSv1', AttributeValue: 'true' },
          { AttributeName: 'Protocol-TLSv1.1', AttributeValue: 'true' },
          { AttributeName: 'Protocol-TLSv1.2', AttributeValue: 'true' },
          { AttributeName: 'Protocol-SSLv3', AttributeValue: 'false' },
          { AttributeName: 'ECDHE-RSA-AES128-GCM-SHA256', AttributeValue: 'true' },
        ],
      },
      { PolicyName: 'sticky', PolicyTypeName: 'LBCookieStickinessPolicyType', PolicyAttributeDescriptions: [] },
    ],
  });
  elb.on(DescribeTagsCommand).resolves({ TagDescriptions: [{ LoadBalancerName: 'legacy-portal', Tags: [{ Key: 'data-class', Value: 'phi' }] }] });
}

describe('Classic Load Balancers', () => {
  it('lists every page and reads listeners with their SSL negotiation policy, attributes and tags', async () => {
    twoClassic();
    const result = await collectAws({ regions: [R] });
    const lbs = ofType(result.resources, 'AWS::ElasticLoadBalancing::LoadBalancer');
    expect(lbs.map((l) => l.id)).toEqual([arn('hl7-tcp'), arn('legacy-portal')]);
    expect(lbs[1]).toMatchObject({
      name: 'legacy-portal',
      tags: { 'data-class': 'phi' },
      refs: [arn('legacy-portal'), 'legacy-portal'],
      props: {
        scheme: 'internet-facing',
        crossZone: false,
        accessLogs: { bucket: 'elb-logs', prefix: 'legacy' },
        listeners: [
          {
            protocol: 'HTTPS',
            port: 443,
            instanceProtocol: 'HTTP',
            certificateId: CERT,
            sslPolicy: {
              name: 'AWSConsole-SSLNegotiationPolicy-legacy-portal-1571234567890',
              reference: 'ELBSecurityPolicy-2016-08',
              protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'],
            },
          },
          { protocol: 'HTTP', port: 80, instanceProtocol: 'HTTP', certificateId: null, sslPolicy: null },
        ],
      },
    });
    expect(lbs[0]!.props).toMatchObject({ crossZone: true, accessLogs: null, listeners: [{ protocol: 'TCP', sslPolicy: null }] });
    // A load balancer without HTTPS or SSL listeners has no negotiation policy to read.
    expect(mocks.of('elasticloadbalancing').commandCalls(DescribeLoadBalancerPoliciesCommand).map((c) => c.args[0].input.LoadBalancerName)).toEqual([
      'legacy-portal',
    ]);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::ElasticLoadBalancing::LoadBalancer', complete: true, reasons: [] });
  });

  it('leaves the policy unknown when it cannot be read, and the attributes when throttled', async () => {
    twoClassic();
    mocks.of('elasticloadbalancing').on(DescribeLoadBalancerPoliciesCommand).rejects(denied('elasticloadbalancing:DescribeLoadBalancerPolicies'));
    mocks.of('elasticloadbalancing').on(DescribeLoadBalancerAttributesCommand, { LoadBalancerName: 'legacy-portal' }).rejects(throttled());
    const lb = ofType((await collectAws({ regions: [R] })).resources, 'AWS::ElasticLoadBalancing::LoadBalancer').find((l) => l.name === 'legacy-portal')!;
    const listeners = lb.props.listeners as { sslPolicy: unknown }[];
    expect(listeners[0]!.sslPolicy).toEqual(unknown('AccessDenied on elasticloadbalancing:DescribeLoadBalancerPolicies'));
    expect(listeners[1]!.sslPolicy).toBeNull();
    const why = unknown('throttled: elasticloadbalancing:DescribeLoadBalancerAttributes gave up after 10 attempts');
    expect(lb.props).toMatchObject({ crossZone: why, accessLogs: why });
  });

  it('reports a denied listing as incomplete coverage and a problem', async () => {
    mocks.of('elasticloadbalancing').on(DescribeLoadBalancersCommand).rejects(denied('elasticloadbalancing:DescribeLoadBalancers'));
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::ElasticLoadBalancing::LoadBalancer')).toMatchObject({
      complete: false,
      reasons: [`AccessDenied on elasticloadbalancing:DescribeLoadBalancers in ${R}`],
    });
    expect(result.problems).toContainEqual({
      source: `aws:${ACCOUNT}:${R}:elasticloadbalancing`,
      message: expect.stringMatching(/^AWS::ElasticLoadBalancing::LoadBalancer not fully listed: AccessDenied/),
    });
  });

  it('finds nothing in an empty account', async () => {
    const result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::ElasticLoadBalancing::LoadBalancer')).toEqual([]);
  });
});
