import type { Ec2PropsByType } from '../../../model/aws/ec2.js';
import type { GoodDefaults } from './types.js';

/** Known-good props of each ec2 type: a resource every rule passes. */
export const EC2_GOOD: GoodDefaults<Ec2PropsByType> = {};
