import type { AppPropsByType } from '../../../model/aws/app.js';
import type { GoodDefaults } from './types.js';

/** Known-good props of each app type: a resource every rule passes. */
export const APP_GOOD: GoodDefaults<AppPropsByType> = {};
