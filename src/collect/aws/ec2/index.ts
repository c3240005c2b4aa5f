import type { ServiceCollector } from '../context.js';

/** Live collectors of the ec2 family (EC2, EBS, VPC, Auto Scaling, Systems Manager). */
export const EC2_COLLECTORS: readonly ServiceCollector[] = [];
