import type { OpsPropsByType } from '../../../model/aws/ops.js';
import type { GoodDefaults } from './types.js';

/** Known-good props of each ops type: a resource every rule passes. */
export const OPS_GOOD: GoodDefaults<OpsPropsByType> = {};
