import {
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancerPoliciesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  type ListenerDescription,
  type LoadBalancerDescription,
  type PolicyDescription,
} from '@aws-sdk/client-elastic-load-balancing';
import type { ClbListener, ClbSslPolicy } from '../../../model/aws/edge-elb.js';
import { isUnknown, type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';
import { chunks, dedupe, from } from './shared.js';

/**
 * Classic Load Balancers. A listener names its policies; the SSL negotiation policy among
 * them is read from DescribeLoadBalancerPolicies, which lists each policy's attributes with
 * the predefined policy it was made from (`Reference-Security-Policy`).
 */
const permissions = {
  'elasticloadbalancing:DescribeLoadBalancers': 'elasticloadbalancing:DescribeLoadBalancers',
  'elasticloadbalancing:DescribeLoadBalancerAttributes': 'elasticloadbalancing:DescribeLoadBalancerAttributes',
  'elasticloadbalancing:DescribeLoadBalancerPolicies': 'elasticloadbalancing:DescribeLoadBalancerPolicies',
  'elasticloadbalancing:DescribeTags': 'elasticloadbalancing:DescribeTags',
};

const CLB = 'AWS::ElasticLoadBalancing::LoadBalancer';

export const elbCollector: ServiceCollector = {
  service: 'elasticloadbalancing',
  types: [CLB],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'elasticloadbalancing',
    region,
    (Marker) => new DescribeLoadBalancersCommand({ PageSize: 400, Marker }),
    (o) => o.LoadBalancerDescriptions,
    (o) => o.NextMarker,
  );
  ctx.listed(CLB, 'elasticloadbalancing', region, listing.failure);
  const names = listing.items.flatMap((lb) => (lb.LoadBalancerName ? [lb.LoadBalancerName] : []));
  const tags = new Map<string, Known<Record<string, string>>>();
  const tagCalls: string[] = [];
  await ctx.forEach(chunks(names, 20), async (batch) => {
    const res = await ctx.call('elasticloadbalancing', region, new DescribeTagsCommand({ LoadBalancerNames: batch }));
    if (!tagCalls.includes(res.call)) tagCalls.push(res.call);
    for (const name of batch) {
      const found = res.ok ? res.value.TagDescriptions?.find((d) => d.LoadBalancerName === name) : undefined;
      tags.set(name, res.ok ? tagRecord(found?.Tags, (t) => t.Key, (t) => t.Value) : unknown(res.failure.reason));
    }
  });
  await ctx.forEach(listing.items, (lb) => collectLoadBalancer(ctx, region, lb, tags, [...listing.calls, ...tagCalls]));
}

const PROTOCOL_ATTR = /^Protocol-(.+)$/;

function sslPolicyOf(policy: PolicyDescription): ClbSslPolicy {
  const attrs = policy.PolicyAttributeDescriptions ?? [];
  const reference = attrs.find((a) => a.AttributeName === 'Reference-Security-Policy')?.AttributeValue ?? null;
  const protocols = attrs.flatMap((a) => {
    const m = PROTOCOL_ATTR.exec(a.AttributeName ?? '');
    return m && a.AttributeValue === 'true' ? [m[1]!] : [];
  });
  return { name: policy.PolicyName ?? '', reference, protocols };
}

function listenerOf(d: ListenerDescription, policies: Known<PolicyDescription[]>): ClbListener {
  const l: Partial<NonNullable<ListenerDescription['Listener']>> = d.Listener ?? {};
  const protocol = (l.Protocol ?? '').toUpperCase();
  const secure = protocol === 'HTTPS' || protocol === 'SSL';
  let sslPolicy: Known<ClbSslPolicy | null> = null;
  if (secure) {
    if (isUnknown(policies)) sslPolicy = policies;
    else {
      const named = new Set(d.PolicyNames ?? []);
      const negotiation = policies.find((p) => named.has(p.PolicyName ?? '') && p.PolicyTypeName === 'SSLNegotiationPolicyType');
      sslPolicy = negotiation ? sslPolicyOf(negotiation) : unknown('the listener names no SSL negotiation policy that DescribeLoadBalancerPolicies returned');
    }
  }
  return {
    protocol: protocol || unknown('elasticloadbalancing:DescribeLoadBalancers returned a listener without Protocol'),
    port: l.LoadBalancerPort ?? unknown('elasticloadbalancing:DescribeLoadBalancers returned a listener without LoadBalancerPort'),
    instanceProtocol: (l.InstanceProtocol ?? protocol).toUpperCase(),
    certificateId: l.SSLCertificateId ?? null,
    sslPolicy,
  };
}

async function collectLoadBalancer(
  ctx: AwsContext,
  region: string,
  lb: LoadBalancerDescription,
  tags: Map<string, Known<Record<string, string>>>,
  listCalls: string[],
): Promise<void> {
  const name = lb.LoadBalancerName;
  if (!name) return;
  const secure = (lb.ListenerDescriptions ?? []).some((d) => /^(HTTPS|SSL)$/i.test(d.Listener?.Protocol ?? ''));
  const [attributes, policies] = await Promise.all([
    ctx.call('elasticloadbalancing', region, new DescribeLoadBalancerAttributesCommand({ LoadBalancerName: name })),
    secure ? ctx.call('elasticloadbalancing', region, new DescribeLoadBalancerPoliciesCommand({ LoadBalancerName: name })) : undefined,
  ]);
  if (!attributes.ok && attributes.failure.code === 'LoadBalancerNotFound') return;
  const attrs = from(attributes, (o) => o.LoadBalancerAttributes ?? {});
  const policyList: Known<PolicyDescription[]> = policies ? from(policies, (o) => o.PolicyDescriptions ?? []) : [];
  const arn = `arn:${ctx.partition}:elasticloadbalancing:${region}:${ctx.account}:loadbalancer/${name}`;
  ctx.add({
    provider: 'aws',
    type: CLB,
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: tags.get(name) ?? {},
    props: {
      loadBalancerName: name,
      scheme: lb.Scheme ?? unknown('elasticloadbalancing:DescribeLoadBalancers returned no Scheme'),
      listeners: (lb.ListenerDescriptions ?? []).map((d) => listenerOf(d, policyList)),
      crossZone: isUnknown(attrs) ? attrs : attrs.CrossZoneLoadBalancing?.Enabled === true,
      accessLogs: isUnknown(attrs)
        ? attrs
        : attrs.AccessLog?.Enabled
          ? { bucket: attrs.AccessLog.S3BucketName ?? '', prefix: attrs.AccessLog.S3BucketPrefix || null }
          : null,
    },
    origin: { kind: 'live', calls: dedupe([...listCalls, attributes.call, ...(policies ? [policies.call] : [])]) },
    refs: [arn, name],
  });
}
