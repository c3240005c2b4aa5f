import type { ServiceCollector } from '../context.js';
import { acmCollector } from './acm.js';
import { apigatewayCollector } from './apigateway.js';
import { apigatewayv2Collector } from './apigatewayv2.js';
import { beanstalkCollector } from './beanstalk.js';
import { cloudfrontCollector } from './cloudfront.js';
import { directConnectCollector } from './directconnect.js';
import { elbCollector } from './elb.js';
import { elbv2Collector } from './elbv2.js';
import { wafClassicCollector } from './waf.js';
import { wafv2Collector } from './wafv2.js';

/** Live collectors of the edge family (ELB, ELBv2, API Gateway, CloudFront, ACM, WAF, Direct Connect, Elastic Beanstalk). */
export const EDGE_COLLECTORS: readonly ServiceCollector[] = [elbv2Collector, elbCollector, apigatewayCollector, apigatewayv2Collector, cloudfrontCollector, acmCollector, wafv2Collector, directConnectCollector, beanstalkCollector, wafClassicCollector];
