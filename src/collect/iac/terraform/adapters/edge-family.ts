import type { TfFamily } from '../types.js';

/** Terraform adapters of the edge family (ELB, ELBv2, API Gateway, CloudFront, ACM, WAF, Direct Connect and Elastic Beanstalk). */
export const EDGE_TF: TfFamily = { tfTypes: [], types: [], build: () => [] };
