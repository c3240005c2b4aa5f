import { clbPolicyProtocols } from '../../../../analysis/edge-tls.js';
import type { ClbListener, ClbSslPolicy, Elbv2ListenerAction } from '../../../../model/aws/edge-elb.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asNumber, asString, at, isRecord, tagsOf } from '../values.js';
import { attrBool, bool, keyValues, listOf, optNum, optStr, str, stringsOf } from './edge-values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

/** What Elastic Load Balancing applies to an HTTPS, TLS or SSL listener created without a policy outside the console. */
export const ELB_DEFAULT_SSL_POLICY = 'ELBSecurityPolicy-2016-08';

export function elbv2LoadBalancer(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ElasticLoadBalancingV2::LoadBalancer'> {
  const p = res.properties;
  const id = namedIdentity(res, ctx, asString(at(p, 'Name'), 'Name'));
  const type = str(p, 'Type', 'application');
  const attrs = keyValues(at(p, 'LoadBalancerAttributes'), 'LoadBalancerAttributes');
  const logsOn = attrBool(attrs, 'access_logs.s3.enabled', false);
  const bucket = isUnknown(attrs) ? attrs : (attrs['access_logs.s3.bucket'] ?? unknown('access_logs.s3.bucket is not declared'));
  const prefix = isUnknown(attrs) ? attrs : (attrs['access_logs.s3.prefix'] || null);
  return iacResource(res, ctx, {
    type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      loadBalancerName: id.literal ?? unknown('Name is not declared: CloudFormation generates it at deploy time'),
      type,
      scheme: str(p, 'Scheme', 'internet-facing'),
      deletionProtection: attrBool(attrs, 'deletion_protection.enabled', false),
      dropInvalidHeaderFields: type === 'application' ? attrBool(attrs, 'routing.http.drop_invalid_header_fields.enabled', false) : isUnknown(type) ? type : false,
      accessLogs: isUnknown(logsOn) ? logsOn : logsOn ? { bucket, prefix } : null,
      // Joined from an AWS::WAFv2::WebACLAssociation of the same template, if there is one.
      webAclArn: null,
    },
  });
}

function actionOf(a: unknown, i: number): Elbv2ListenerAction {
  const what = `DefaultActions[${i}]`;
  const type = asString(at(a, 'Type'), `${what}.Type`) ?? unknown(`${what}.Type is not declared`);
  const groups = [
    asString(at(a, 'TargetGroupArn'), `${what}.TargetGroupArn`),
    ...(() => {
      const list = listOf(at(a, 'ForwardConfig', 'TargetGroups'), `${what}.ForwardConfig.TargetGroups`, (t, j) =>
        asString(at(t, 'TargetGroupArn'), `${what}.ForwardConfig.TargetGroups[${j}]`),
      );
      return isUnknown(list) ? [list] : list;
    })(),
  ].filter((g): g is Known<string> => g !== undefined);
  return {
    type,
    // A redirect without a protocol keeps the request's (`#{protocol}`).
    redirectProtocol: type === 'redirect' ? (asString(at(a, 'RedirectConfig', 'Protocol'), `${what}.RedirectConfig.Protocol`) ?? '#{protocol}') : null,
    targetGroups: groups,
  };
}

export function elbv2Listener(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ElasticLoadBalancingV2::Listener'> {
  const p = res.properties;
  // Gateway Load Balancer listeners take no protocol; every other kind must declare one.
  const protocol = optStr(p, 'Protocol');
  const secure = protocol === 'HTTPS' || protocol === 'TLS';
  const certificates = listOf(at(p, 'Certificates'), 'Certificates', (c, i) =>
    asString(at(c, 'CertificateArn'), `Certificates[${i}].CertificateArn`) ?? unknown(`Certificates[${i}].CertificateArn is not declared`),
  );
  return iacResource(res, ctx, {
    type: 'AWS::ElasticLoadBalancingV2::Listener',
    name: res.logicalId,
    tags: {},
    refs: [ctx.token(res.logicalId)],
    props: {
      loadBalancerArn: optStr(p, 'LoadBalancerArn'),
      protocol,
      port: optNum(p, 'Port'),
      sslPolicy: isUnknown(protocol) ? protocol : secure ? str(p, 'SslPolicy', ELB_DEFAULT_SSL_POLICY) : null,
      certificates,
      defaultActions: listOf(at(p, 'DefaultActions'), 'DefaultActions', actionOf),
    },
  });
}

/** `AWS::ElasticLoadBalancingV2::ListenerCertificate` adds SNI certificates to its listener. */
export const listenerCertificateJoin = join({
  type: 'AWS::ElasticLoadBalancingV2::ListenerCertificate',
  target: 'AWS::ElasticLoadBalancingV2::Listener',
  via: 'ListenerArn',
  attach(joined, listener, _ctx, exists) {
    const certs = listener.props.certificates;
    if (isUnknown(certs)) return;
    const extra = listOf(at(joined.properties, 'Certificates'), 'Certificates', (c, i) =>
      asString(at(c, 'CertificateArn'), `Certificates[${i}].CertificateArn`) ?? unknown(`Certificates[${i}].CertificateArn is not declared`),
    );
    if (isUnknown(exists)) {
      listener.props.certificates = unknown(`listener certificate ${joined.logicalId} exists only under a condition that cannot be decided: ${exists.$unknown}`);
      return;
    }
    listener.props.certificates = isUnknown(extra) ? extra : [...certs, ...extra];
  },
});

export function elbv2TargetGroup(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ElasticLoadBalancingV2::TargetGroup'> {
  const p = res.properties;
  const id = namedIdentity(res, ctx, asString(at(p, 'Name'), 'Name'));
  const targetType = str(p, 'TargetType', 'instance');
  const protocol = asString(at(p, 'Protocol'), 'Protocol');
  return iacResource(res, ctx, {
    type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      targetGroupName: id.literal ?? unknown('Name is not declared: CloudFormation generates it at deploy time'),
      targetType,
      // Lambda targets are invoked, not connected to; every other kind needs a protocol.
      protocol: targetType === 'lambda' ? null : (protocol ?? unknown('Protocol is not declared')),
      port: optNum(p, 'Port'),
    },
  });
}

/** The classic SSL negotiation policy of a listener, from the template's Policies. */
function clbPolicy(policies: unknown, names: Known<Known<string>[]>, port: Known<number>): Known<ClbSslPolicy> {
  const list = listOf(policies, 'Policies', (x) => x);
  if (isUnknown(list)) return list;
  if (isUnknown(names)) return names;
  for (const pol of list) {
    if (!isRecord(pol) || asString(pol.PolicyType, 'PolicyType') !== 'SSLNegotiationPolicyType') continue;
    const name = asString(pol.PolicyName, 'PolicyName');
    if (name === undefined || isUnknown(name)) return unknown('an SSL negotiation policy has no resolvable PolicyName');
    const ports = listOf(pol.LoadBalancerPorts, 'LoadBalancerPorts', (x) => asNumber(x, 'LoadBalancerPorts'));
    const byPort = !isUnknown(ports) && typeof port === 'number' && ports.includes(port);
    if (!names.includes(name) && !byPort) continue;
    const attrs = keyValues(pol.Attributes, `policy ${name} Attributes`, 'Name', 'Value');
    if (isUnknown(attrs)) return attrs;
    const reference = attrs['Reference-Security-Policy'] ?? null;
    if (isUnknown(reference)) return reference;
    if (reference !== null) {
      const protocols = clbPolicyProtocols(reference);
      return { name, reference, protocols: protocols ?? unknown(`${reference} is not a predefined policy phiguard knows`) };
    }
    const protocols: string[] = [];
    for (const [k, v] of Object.entries(attrs)) {
      const m = /^Protocol-(.+)$/.exec(k);
      if (m && v === 'true') protocols.push(m[1]!);
    }
    return { name, reference: null, protocols };
  }
  // Without a negotiation policy the listener gets Elastic Load Balancing's default one.
  const dflt = ELB_DEFAULT_SSL_POLICY;
  return { name: dflt, reference: dflt, protocols: clbPolicyProtocols(dflt)! };
}

export function elbLoadBalancer(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ElasticLoadBalancing::LoadBalancer'> {
  const p = res.properties;
  const id = namedIdentity(res, ctx, asString(at(p, 'LoadBalancerName'), 'LoadBalancerName'));
  const listeners = listOf(at(p, 'Listeners'), 'Listeners', (l, i): ClbListener => {
    const what = `Listeners[${i}]`;
    const protocol = asString(at(l, 'Protocol'), `${what}.Protocol`) ?? unknown(`${what}.Protocol is not declared`);
    const upper = isUnknown(protocol) ? protocol : protocol.toUpperCase();
    const port = asNumber(at(l, 'LoadBalancerPort'), `${what}.LoadBalancerPort`) ?? unknown(`${what}.LoadBalancerPort is not declared`);
    const secure = upper === 'HTTPS' || upper === 'SSL';
    const instance = asString(at(l, 'InstanceProtocol'), `${what}.InstanceProtocol`);
    return {
      protocol: upper,
      port,
      // The instance protocol defaults to the front end's, secure or not.
      instanceProtocol: instance === undefined ? upper : isUnknown(instance) ? instance : instance.toUpperCase(),
      certificateId: optStr(l, 'SSLCertificateId'),
      sslPolicy: isUnknown(upper) ? upper : secure ? clbPolicy(at(p, 'Policies'), stringsOf(at(l, 'PolicyNames'), `${what}.PolicyNames`), port) : null,
    };
  });
  const logging = at(p, 'AccessLoggingPolicy');
  const logsOn = logging === undefined ? false : bool(logging, 'Enabled', false);
  return iacResource(res, ctx, {
    type: 'AWS::ElasticLoadBalancing::LoadBalancer',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      loadBalancerName: id.literal ?? unknown('LoadBalancerName is not declared: CloudFormation generates it at deploy time'),
      scheme: str(p, 'Scheme', 'internet-facing'),
      listeners,
      // CloudFormation creates classic load balancers with cross-zone balancing off unless told.
      crossZone: bool(p, 'CrossZone', false),
      accessLogs: isUnknown(logsOn)
        ? logsOn
        : logsOn
          ? { bucket: str(logging, 'S3BucketName', ''), prefix: optStr(logging, 'S3BucketPrefix') }
          : null,
    },
  });
}
