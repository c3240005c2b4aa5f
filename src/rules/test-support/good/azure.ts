import { AZURE_TYPES, type AzurePropsByType } from '../../../model/azure/index.js';
import type { GoodDefaults } from './types.js';

/** Every Azure type starts from an empty ARM resource; rule tests set the properties they judge. */
export const AZURE_GOOD = Object.fromEntries(
  AZURE_TYPES.map((t) => [t, () => ({ properties: {}, location: 'eastus', kind: null, sku: null, identity: null, apiVersion: null })]),
) as unknown as GoodDefaults<AzurePropsByType>;
