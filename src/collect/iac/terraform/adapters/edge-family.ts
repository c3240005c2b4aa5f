import type { AnyResource } from '../../../../model/resource.js';
import type { TfFamily } from '../types.js';
import { API_TF_TYPES, buildApiGateway } from './edge-api.js';
import { buildCdn, CDN_TF_TYPES } from './edge-cdn.js';
import { buildMisc, MISC_TF_TYPES } from './edge-misc.js';
import { buildClassic, buildElbv2, ELB_TF_TYPES } from './edge-elb.js';
import { buildWebAcls, joinWebAclAssociations, WAF_TF_TYPES } from './edge-waf.js';

/** Terraform adapters of the edge family (ELB, ELBv2, API Gateway, CloudFront, ACM, WAF, Direct Connect and Elastic Beanstalk). */
export const EDGE_TF: TfFamily = {
  tfTypes: [...ELB_TF_TYPES, ...WAF_TF_TYPES, ...API_TF_TYPES, ...CDN_TF_TYPES, ...MISC_TF_TYPES],
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
  build: (of) => {
    const built: AnyResource[] = [...buildElbv2(of), ...buildClassic(of), ...buildWebAcls(of), ...buildApiGateway(of), ...buildCdn(of), ...buildMisc(of)];
    joinWebAclAssociations(of, built);
    return built;
  },
};
