import type { EdgePropsByType } from '../../../model/aws/edge.js';
import type { GoodDefaults } from './types.js';

/** Known-good props of each edge type: a resource every rule passes. */
export const EDGE_GOOD: GoodDefaults<EdgePropsByType> = {};
