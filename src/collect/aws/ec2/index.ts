import type { ServiceCollector } from '../context.js';
import { autoScalingCollector } from './autoscaling.js';
import { ebsCollector } from './ebs.js';
import { instancesCollector } from './instances.js';
import { networkCollector } from './network.js';

/** Live collectors of the ec2 family (EC2, EBS, VPC, Auto Scaling, Systems Manager). */
export const EC2_COLLECTORS: readonly ServiceCollector[] = [networkCollector, instancesCollector, ebsCollector, autoScalingCollector];
