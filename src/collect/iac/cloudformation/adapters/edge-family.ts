import { domainName, domainNameV2, httpApiStage, methodJoin, restApi, restApiStage } from './edge-api.js';
import { certificateRequest, distribution } from './edge-cdn.js';
import { beanstalkEnvironment } from './edge-misc.js';
import { elbLoadBalancer, elbv2Listener, elbv2LoadBalancer, elbv2TargetGroup, listenerCertificateJoin } from './edge-elb.js';
import { wafLoggingJoin, wafRegionalAssociationJoin, wafv2WebAcl, webAclAssociationJoin } from './edge-waf.js';
import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the edge family (ELB, ELBv2, API Gateway, CloudFront, ACM, WAF, Direct Connect and Elastic Beanstalk). */
export const EDGE_CFN: CfnFamily = {
  types: [
    'AWS::ElasticLoadBalancingV2::LoadBalancer',
    'AWS::ElasticLoadBalancingV2::Listener',
    'AWS::ElasticLoadBalancingV2::TargetGroup',
    'AWS::ElasticLoadBalancing::LoadBalancer',
    'AWS::WAFv2::WebACL',
    'AWS::ApiGateway::RestApi',
    'AWS::ApiGateway::Stage',
    'AWS::ApiGateway::DomainName',
    'AWS::ApiGatewayV2::Stage',
    'AWS::CloudFront::Distribution',
    'AWS::CertificateManager::Certificate',
    'AWS::ElasticBeanstalk::Environment',
  ],
  adapters: [
    ['AWS::ElasticLoadBalancingV2::LoadBalancer', elbv2LoadBalancer],
    ['AWS::ElasticLoadBalancingV2::Listener', elbv2Listener],
    ['AWS::ElasticLoadBalancingV2::TargetGroup', elbv2TargetGroup],
    ['AWS::ElasticLoadBalancing::LoadBalancer', elbLoadBalancer],
    ['AWS::WAFv2::WebACL', wafv2WebAcl],
    ['AWS::ApiGateway::RestApi', restApi],
    ['AWS::ApiGateway::Stage', restApiStage],
    ['AWS::ApiGateway::DomainName', domainName],
    ['AWS::ApiGatewayV2::DomainName', domainNameV2],
    ['AWS::ApiGatewayV2::Stage', httpApiStage],
    ['AWS::CloudFront::Distribution', distribution],
    ['AWS::CertificateManager::Certificate', certificateRequest],
    ['AWS::ElasticBeanstalk::Environment', beanstalkEnvironment],
  ],
  joins: [methodJoin, listenerCertificateJoin, webAclAssociationJoin, wafRegionalAssociationJoin, wafLoggingJoin],
};
