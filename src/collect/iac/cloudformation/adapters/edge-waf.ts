import type { Resource } from '../../../../model/resource.js';
import { isUnknown, unknown } from '../../../../model/unknown.js';
import { asString, at, tagsOf } from '../values.js';
import { optStr, str, stringsOf } from './edge-values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

export function wafv2WebAcl(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::WAFv2::WebACL'> {
  const p = res.properties;
  const id = namedIdentity(res, ctx, asString(at(p, 'Name'), 'Name'));
  return iacResource(res, ctx, {
    type: 'AWS::WAFv2::WebACL',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      name: id.literal ?? unknown('Name is not declared: CloudFormation generates it at deploy time'),
      scope: str(p, 'Scope', ''),
      // Joined from an AWS::WAFv2::LoggingConfiguration of the same template, if there is one.
      logDestinations: null,
    },
  });
}

/** `AWS::WAFv2::LoggingConfiguration` turns on logging for the web ACL its ResourceArn names. */
export const wafLoggingJoin = join({
  type: 'AWS::WAFv2::LoggingConfiguration',
  target: 'AWS::WAFv2::WebACL',
  via: 'ResourceArn',
  attach(joined, acl, _ctx, exists) {
    acl.props.logDestinations = isUnknown(exists)
      ? unknown(`logging configuration ${joined.logicalId} exists only under a condition that cannot be decided: ${exists.$unknown}`)
      : stringsOf(at(joined.properties, 'LogDestinationConfigs'), 'LogDestinationConfigs');
  },
});

/**
 * `AWS::WAFv2::WebACLAssociation` attaches a web ACL to the load balancer its ResourceArn
 * names. Stage ARNs are built from the region at deploy time (`arn:aws:apigateway:${AWS::Region}::/restapis/...`),
 * so a template's stage associations cannot be matched and are not joined.
 */
export const webAclAssociationJoin = join({
  type: 'AWS::WAFv2::WebACLAssociation',
  target: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  via: 'ResourceArn',
  attach(joined, lb, _ctx, exists) {
    lb.props.webAclArn = isUnknown(exists)
      ? unknown(`web ACL association ${joined.logicalId} exists only under a condition that cannot be decided: ${exists.$unknown}`)
      : (optStr(joined.properties, 'WebACLArn') ?? unknown('WebACLArn is not declared'));
  },
});

/** The WAF Classic (regional) association, still found in older templates. */
export const wafRegionalAssociationJoin = join({
  type: 'AWS::WAFRegional::WebACLAssociation',
  target: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
  via: 'ResourceArn',
  attach(joined, lb, _ctx, exists) {
    lb.props.webAclArn = isUnknown(exists)
      ? unknown(`web ACL association ${joined.logicalId} exists only under a condition that cannot be decided: ${exists.$unknown}`)
      : (optStr(joined.properties, 'WebACLId') ?? unknown('WebACLId is not declared'));
  },
});
