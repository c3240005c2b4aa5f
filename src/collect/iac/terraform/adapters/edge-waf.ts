import type { WafWebAclProps } from '../../../../model/aws/edge-cdn.js';
import type { AnyResource, Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { literalName, optStr, str, strings } from './attrs.js';
import { resourceOf } from './common.js';
import { allUnknown, indexOf } from './edge-common.js';

export const WAF_TF_TYPES = [
  'aws_wafv2_web_acl',
  'aws_wafv2_web_acl_logging_configuration',
  'aws_wafv2_web_acl_association',
  'aws_wafregional_web_acl_association',
];

/** Web ACLs, with logging joined from `aws_wafv2_web_acl_logging_configuration`. */
export function buildWebAcls(of: (t: string) => Declared[]): Resource<'AWS::WAFv2::WebACL'>[] {
  const acls = of('aws_wafv2_web_acl');
  const props = acls.map((d): WafWebAclProps => {
    if (d.unknownReason) return allUnknown<WafWebAclProps>(d.unknownReason, ['name', 'scope', 'logDestinations']);
    return { name: str(d.attrs.name, '', 'name'), scope: str(d.attrs.scope, '', 'scope'), logDestinations: null };
  });
  const index = indexOf(acls, (_, i) => i);
  for (const l of of('aws_wafv2_web_acl_logging_configuration')) {
    const i = index.get(l.attrs.resource_arn);
    if (i === undefined || isUnknown(props[i]!.logDestinations)) continue;
    props[i]!.logDestinations = l.unknownReason ? unknown(l.unknownReason) : (strings(l.attrs.log_destination_configs, 'log_destination_configs') ?? []);
  }
  return acls.map((d, i) => {
    const name = literalName(d.attrs.name);
    return resourceOf(d, 'AWS::WAFv2::WebACL', props[i]!, { name, refs: name ? [name] : [] });
  });
}

type Associable = Resource<'AWS::ElasticLoadBalancingV2::LoadBalancer'> | Resource<'AWS::ApiGateway::Stage'>;

/**
 * `aws_wafv2_web_acl_association` (and the WAF Classic regional one) sets the web ACL of the
 * load balancer or API Gateway stage its `resource_arn` names.
 */
export function joinWebAclAssociations(of: (t: string) => Declared[], built: readonly AnyResource[]): void {
  const targets = new Map<string, Associable>();
  for (const r of built) {
    if (r.type !== 'AWS::ElasticLoadBalancingV2::LoadBalancer' && r.type !== 'AWS::ApiGateway::Stage') continue;
    for (const ref of r.refs ?? []) if (!targets.has(ref)) targets.set(ref, r);
  }
  const associations: [Declared, string][] = [
    ...of('aws_wafv2_web_acl_association').map((d) => [d, 'web_acl_arn'] as [Declared, string]),
    ...of('aws_wafregional_web_acl_association').map((d) => [d, 'web_acl_id'] as [Declared, string]),
  ];
  for (const [d, attr] of associations) {
    const arn = d.attrs.resource_arn;
    const target = typeof arn === 'string' ? targets.get(arn) : undefined;
    if (!target) continue;
    const acl: Known<string | null> = d.unknownReason ? unknown(d.unknownReason) : (optStr(d.attrs[attr], attr) ?? unknown(`${attr} is not set`));
    target.props.webAclArn = acl;
  }
}
