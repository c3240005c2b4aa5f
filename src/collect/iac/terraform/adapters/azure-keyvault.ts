import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { block, bool, num, str } from './attrs.js';
import { armProps, azureResourceOf, either, enabled, type Locations } from './azure-common.js';

export const KEYVAULT_TYPES = ['azurerm_key_vault'];

export function buildKeyVault(d: Declared, locations?: Locations): Resource<'Microsoft.KeyVault/vaults'> {
  const a = d.attrs;
  const properties: Record<string, unknown> = {
    tenantId: str(a.tenant_id, null, 'tenant_id'),
    // Soft delete cannot be turned off since v3 (Azure enforces it on every vault).
    enableSoftDelete: true,
    softDeleteRetentionInDays: num(a.soft_delete_retention_days, 90, 'soft_delete_retention_days'),
    enablePurgeProtection: bool(a.purge_protection_enabled, false, 'purge_protection_enabled'),
    // v4.42+ renamed enable_rbac_authorization to rbac_authorization_enabled.
    enableRbacAuthorization: bool(either(a, 'rbac_authorization_enabled', 'enable_rbac_authorization'), false, 'rbac_authorization_enabled'),
    publicNetworkAccess: enabled(a.public_network_access_enabled, true, 'public_network_access_enabled'),
  };
  const acls = block(a.network_acls, 'network_acls');
  if (isUnknown(acls)) properties.networkAcls = acls;
  else if (acls) properties.networkAcls = { defaultAction: str(acls.default_action, 'Allow', 'network_acls.default_action'), bypass: str(acls.bypass, 'AzureServices', 'network_acls.bypass') };
  const skuName = str(a.sku_name, null, 'sku_name');
  const sku: Known<Record<string, unknown> | null> = skuName === null ? null : isUnknown(skuName) ? skuName : { family: 'A', name: skuName };
  return azureResourceOf(d, 'Microsoft.KeyVault/vaults', armProps(d, locations, properties, { sku }));
}
