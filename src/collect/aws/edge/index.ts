import type { ServiceCollector } from '../context.js';

/** Live collectors of the edge family (ELB, ELBv2, API Gateway, CloudFront, ACM, WAF, Direct Connect, Elastic Beanstalk). */
export const EDGE_COLLECTORS: readonly ServiceCollector[] = [];
