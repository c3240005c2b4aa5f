import type { IamPropsByType } from '../../../model/aws/iam.js';
import type { GoodDefaults } from './types.js';

/** Known-good props of each iam type: a resource every rule passes. */
export const IAM_GOOD: GoodDefaults<IamPropsByType> = {};
