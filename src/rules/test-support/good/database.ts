import type { DatabasePropsByType } from '../../../model/aws/database.js';
import type { GoodDefaults } from './types.js';

/** Known-good props of each database type: a resource every rule passes. */
export const DATABASE_GOOD: GoodDefaults<DatabasePropsByType> = {};
