import {
  type Action,
  DescribeListenerCertificatesCommand,
  DescribeListenersCommand,
  DescribeLoadBalancerAttributesCommand,
  DescribeLoadBalancersCommand,
  DescribeTagsCommand,
  DescribeTargetGroupsCommand,
  type Listener,
  type LoadBalancer,
  type TargetGroup,
} from '@aws-sdk/client-elastic-load-balancing-v2';
import { GetWebACLForResourceCommand } from '@aws-sdk/client-wafv2';
import type { AccessLogTarget, Elbv2ListenerAction } from '../../../model/aws/edge-elb.js';
import { isUnknown, type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';
import { attributeMap, chunks, dedupe, from } from './shared.js';

/**
 * Application, Network and Gateway Load Balancers with their listeners and target groups.
 * The WAF association of an Application Load Balancer is only visible from WAF's side
 * (GetWebACLForResource), one call per ALB.
 */
const permissions = {
  'elbv2:DescribeLoadBalancers': 'elasticloadbalancing:DescribeLoadBalancers',
  'elbv2:DescribeLoadBalancerAttributes': 'elasticloadbalancing:DescribeLoadBalancerAttributes',
  'elbv2:DescribeListeners': 'elasticloadbalancing:DescribeListeners',
  'elbv2:DescribeListenerCertificates': 'elasticloadbalancing:DescribeListenerCertificates',
  'elbv2:DescribeTargetGroups': 'elasticloadbalancing:DescribeTargetGroups',
  'elbv2:DescribeTags': 'elasticloadbalancing:DescribeTags',
  'wafv2:GetWebACLForResource': 'wafv2:GetWebACLForResource',
};

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const TG = 'AWS::ElasticLoadBalancingV2::TargetGroup';

export const elbv2Collector: ServiceCollector = {
  service: 'elbv2',
  types: [LB, LISTENER, TG],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

type Tags = Map<string, Known<Record<string, string>>>;

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const [lbs, tgs] = await Promise.all([
    ctx.list('elbv2', region, (Marker) => new DescribeLoadBalancersCommand({ PageSize: 400, Marker }), (o) => o.LoadBalancers, (o) => o.NextMarker),
    ctx.list('elbv2', region, (Marker) => new DescribeTargetGroupsCommand({ PageSize: 400, Marker }), (o) => o.TargetGroups, (o) => o.NextMarker),
  ]);
  ctx.listed(LB, 'elbv2', region, lbs.failure);
  ctx.listed(TG, 'elbv2', region, tgs.failure);
  // Listeners are listed per load balancer: a partial load balancer list is a partial listener list.
  ctx.listed(LISTENER, 'elbv2', region, lbs.failure);

  const listeners: { lb: LoadBalancer; listener: Listener; calls: string[] }[] = [];
  await ctx.forEach(lbs.items, async (lb) => {
    if (!lb.LoadBalancerArn) return;
    const res = await ctx.list(
      'elbv2',
      region,
      (Marker) => new DescribeListenersCommand({ LoadBalancerArn: lb.LoadBalancerArn, PageSize: 400, Marker }),
      (o) => o.Listeners,
      (o) => o.NextMarker,
    );
    if (res.failure && res.failure.code !== 'LoadBalancerNotFoundException') ctx.listed(LISTENER, 'elbv2', region, res.failure);
    for (const listener of res.items) listeners.push({ lb, listener, calls: [...lbs.calls, ...res.calls] });
  });

  const arns = [
    ...lbs.items.map((l) => l.LoadBalancerArn),
    ...listeners.map((l) => l.listener.ListenerArn),
    ...tgs.items.map((t) => t.TargetGroupArn),
  ].filter((a): a is string => !!a);
  const tags = await tagsOf(ctx, region, arns);

  await Promise.all([
    ctx.forEach(lbs.items, (lb) => collectLoadBalancer(ctx, region, lb, tags, lbs.calls)),
    ctx.forEach(listeners, (l) => collectListener(ctx, region, l.listener, tags, l.calls)),
  ]);
  for (const tg of tgs.items) addTargetGroup(ctx, region, tg, tags, tgs.calls);
}

/** DescribeTags takes 20 ARNs of any ELBv2 kind at a time. */
async function tagsOf(ctx: AwsContext, region: string, arns: string[]): Promise<Tags & { calls: string[] }> {
  const out = new Map<string, Known<Record<string, string>>>() as Tags & { calls: string[] };
  out.calls = [];
  await ctx.forEach(chunks(arns, 20), async (batch) => {
    const res = await ctx.call('elbv2', region, new DescribeTagsCommand({ ResourceArns: batch }));
    if (!out.calls.includes(res.call)) out.calls.push(res.call);
    for (const arn of batch) {
      const found = res.ok ? res.value.TagDescriptions?.find((d) => d.ResourceArn === arn) : undefined;
      out.set(arn, res.ok ? tagRecord(found?.Tags, (t) => t.Key, (t) => t.Value) : unknown(res.failure.reason));
    }
  });
  return out;
}

function accessLogs(attrs: Record<string, string>): AccessLogTarget | null {
  if (attrs['access_logs.s3.enabled'] !== 'true') return null;
  return { bucket: attrs['access_logs.s3.bucket'] ?? '', prefix: attrs['access_logs.s3.prefix'] || null };
}

async function collectLoadBalancer(ctx: AwsContext, region: string, lb: LoadBalancer, tags: Tags & { calls: string[] }, listCalls: string[]): Promise<void> {
  const arn = lb.LoadBalancerArn;
  if (!arn) return;
  const isAlb = lb.Type === 'application';
  const [attributes, waf] = await Promise.all([
    ctx.call('elbv2', region, new DescribeLoadBalancerAttributesCommand({ LoadBalancerArn: arn })),
    isAlb ? ctx.call('wafv2', region, new GetWebACLForResourceCommand({ ResourceArn: arn })) : undefined,
  ]);
  // Deleted between the listing and now.
  if (!attributes.ok && attributes.failure.code === 'LoadBalancerNotFoundException') return;
  const attrs = from(attributes, (o) => attributeMap(o.Attributes));
  const attr = <T>(read: (a: Record<string, string>) => T): Known<T> => (isUnknown(attrs) ? attrs : read(attrs));
  const name = lb.LoadBalancerName ?? arn;
  ctx.add({
    provider: 'aws',
    type: LB,
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: tags.get(arn) ?? {},
    props: {
      loadBalancerName: name,
      type: lb.Type ?? unknown('elbv2:DescribeLoadBalancers returned no Type'),
      scheme: lb.Scheme ?? unknown('elbv2:DescribeLoadBalancers returned no Scheme'),
      deletionProtection: attr((a) => a['deletion_protection.enabled'] === 'true'),
      dropInvalidHeaderFields: isAlb ? attr((a) => a['routing.http.drop_invalid_header_fields.enabled'] === 'true') : false,
      accessLogs: attr(accessLogs),
      // Network and Gateway Load Balancers cannot be associated with a web ACL.
      webAclArn: waf ? known(waf, (o) => o.WebACL?.ARN ?? null, { WAFNonexistentItemException: null }) : null,
    },
    origin: { kind: 'live', calls: dedupe([...listCalls, attributes.call, ...(waf ? [waf.call] : []), ...tags.calls]) },
    refs: dedupe([arn, name]),
  });
}

function actionOf(a: Action): Elbv2ListenerAction {
  const forward = [a.TargetGroupArn, ...(a.ForwardConfig?.TargetGroups ?? []).map((t) => t.TargetGroupArn)];
  return {
    type: a.Type ?? unknown('elbv2:DescribeListeners returned an action without Type'),
    redirectProtocol: a.Type === 'redirect' ? (a.RedirectConfig?.Protocol ?? '#{protocol}') : null,
    targetGroups: dedupe(forward.filter((t): t is string => !!t)),
  };
}

async function collectListener(ctx: AwsContext, region: string, l: Listener, tags: Tags & { calls: string[] }, listCalls: string[]): Promise<void> {
  const arn = l.ListenerArn;
  if (!arn) return;
  const secure = l.Protocol === 'HTTPS' || l.Protocol === 'TLS';
  const calls = [...listCalls];
  // DescribeListeners shows the default certificate only; SNI certificates are listed apart.
  let certificates: Known<Known<string>[]> = (l.Certificates ?? []).flatMap((c) => (c.CertificateArn ? [c.CertificateArn] : []));
  if (secure) {
    const res = await ctx.list(
      'elbv2',
      region,
      (Marker) => new DescribeListenerCertificatesCommand({ ListenerArn: arn, Marker }),
      (o) => o.Certificates,
      (o) => o.NextMarker,
    );
    calls.push(...res.calls);
    if (res.failure?.code === 'ListenerNotFoundException') return;
    const extra = res.items.flatMap((c) => (c.CertificateArn && !c.IsDefault ? [c.CertificateArn] : []));
    certificates = res.failure ? unknown(res.failure.reason) : dedupe([...(certificates as string[]), ...extra]);
  }
  ctx.add({
    provider: 'aws',
    type: LISTENER,
    id: arn,
    name: `${l.Protocol ?? 'listener'}:${l.Port ?? ''}`,
    account: ctx.account,
    region,
    tags: tags.get(arn) ?? {},
    props: {
      loadBalancerArn: l.LoadBalancerArn ?? null,
      protocol: l.Protocol ?? null,
      port: l.Port ?? null,
      sslPolicy: secure ? (l.SslPolicy ?? unknown('elbv2:DescribeListeners returned no SslPolicy')) : null,
      certificates,
      defaultActions: (l.DefaultActions ?? []).map(actionOf),
    },
    origin: { kind: 'live', calls: dedupe([...calls, ...tags.calls]) },
    refs: [arn],
  });
}

function addTargetGroup(ctx: AwsContext, region: string, tg: TargetGroup, tags: Tags & { calls: string[] }, listCalls: string[]): void {
  const arn = tg.TargetGroupArn;
  if (!arn) return;
  const name = tg.TargetGroupName ?? arn;
  ctx.add({
    provider: 'aws',
    type: TG,
    id: arn,
    name,
    account: ctx.account,
    region,
    tags: tags.get(arn) ?? {},
    props: {
      targetGroupName: name,
      targetType: tg.TargetType ?? unknown('elbv2:DescribeTargetGroups returned no TargetType'),
      protocol: tg.Protocol ?? null,
      port: tg.Port ?? null,
    },
    origin: { kind: 'live', calls: dedupe([...listCalls, ...tags.calls]) },
    refs: dedupe([arn, name]),
  });
}
