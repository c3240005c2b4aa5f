import { isUnknown, type Known } from '../unknown.js';
import type {
  ApigwDomainNameProps,
  ApigwRestApiProps,
  ApigwStageProps,
  Apigwv2StageProps,
} from './edge-api.js';
import type { AcmCertificateProps, CloudFrontDistributionProps, WafWebAclProps } from './edge-cdn.js';
import type { Elbv2ListenerProps, Elbv2LoadBalancerProps, Elbv2TargetGroupProps, ElbLoadBalancerProps } from './edge-elb.js';
import type { BeanstalkEnvironmentProps, DxConnectionProps } from './edge-misc.js';
import { field, type RelationSpec, spec } from './relation-spec.js';

export type * from './edge-api.js';
export type * from './edge-cdn.js';
export type * from './edge-elb.js';
export type * from './edge-misc.js';

/** Model types of load balancers, API Gateway, CloudFront, ACM, WAF, Direct Connect and Elastic Beanstalk: props settled by every source's adapter. */
export interface EdgePropsByType {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': Elbv2LoadBalancerProps;
  'AWS::ElasticLoadBalancingV2::Listener': Elbv2ListenerProps;
  'AWS::ElasticLoadBalancingV2::TargetGroup': Elbv2TargetGroupProps;
  'AWS::ElasticLoadBalancing::LoadBalancer': ElbLoadBalancerProps;
  'AWS::ApiGateway::RestApi': ApigwRestApiProps;
  'AWS::ApiGateway::Stage': ApigwStageProps;
  'AWS::ApiGateway::DomainName': ApigwDomainNameProps;
  'AWS::ApiGatewayV2::Stage': Apigwv2StageProps;
  'AWS::CloudFront::Distribution': CloudFrontDistributionProps;
  'AWS::CertificateManager::Certificate': AcmCertificateProps;
  'AWS::WAFv2::WebACL': WafWebAclProps;
  'AWS::WAF::WebACL': WafWebAclProps;
  'AWS::DirectConnect::Connection': DxConnectionProps;
  'AWS::ElasticBeanstalk::Environment': BeanstalkEnvironmentProps;
}

/** CloudFront names its log bucket by domain (`logs.s3.amazonaws.com`); the bucket is the part before `.s3`. */
function cloudFrontLogBucket(bucket: Known<string>): Known<string | null> {
  if (isUnknown(bucket)) return bucket;
  return bucket.replace(/\.s3(\.[a-z0-9-]+)?\.amazonaws\.com(\.cn)?$/, '');
}

/** What resources of these types name of others. */
export const EDGE_RELATIONS: readonly RelationSpec[] = [
  spec({ from: 'AWS::ElasticLoadBalancingV2::LoadBalancer', kind: 'logs-to', to: 'AWS::S3::Bucket', refs: (p) => [field(p.accessLogs, (l) => l.bucket)] }),
  spec({ from: 'AWS::ElasticLoadBalancing::LoadBalancer', kind: 'logs-to', to: 'AWS::S3::Bucket', refs: (p) => [field(p.accessLogs, (l) => l.bucket)] }),
  spec({
    from: 'AWS::ElasticLoadBalancingV2::Listener',
    kind: 'fronts',
    to: 'AWS::ElasticLoadBalancingV2::TargetGroup',
    refs: (p) => (isUnknown(p.defaultActions) ? [p.defaultActions] : p.defaultActions.flatMap((a) => a.targetGroups)),
  }),
  spec({
    from: 'AWS::CloudFront::Distribution',
    kind: 'logs-to',
    to: 'AWS::S3::Bucket',
    refs: (p) => [field(p.logging, (l) => cloudFrontLogBucket(l.bucket))],
  }),
  spec({ from: 'AWS::ApiGateway::Stage', kind: 'logs-to', to: 'AWS::Logs::LogGroup', refs: (p) => [p.accessLogDestinationArn] }),
  spec({ from: 'AWS::ApiGatewayV2::Stage', kind: 'logs-to', to: 'AWS::Logs::LogGroup', refs: (p) => [p.accessLogDestinationArn] }),
  spec({
    from: 'AWS::WAFv2::WebACL',
    kind: 'logs-to',
    to: 'AWS::Logs::LogGroup',
    refs: (p) => (isUnknown(p.logDestinations) ? [p.logDestinations] : (p.logDestinations ?? [])),
  }),
];
