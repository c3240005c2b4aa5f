import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, bool, optStr, str } from './attrs.js';
import { armProps, azureResourceOf, either, enabled, joinedBy, type Locations } from './azure-common.js';

export const STORAGE_TYPES = ['azurerm_storage_account', 'azurerm_storage_account_network_rules', 'azurerm_storage_account_customer_managed_key'];

/** A `network_rules` block (or the standalone resource's arguments) as ARM's `networkAcls`. */
function networkAcls(rules: Attrs): Record<string, unknown> {
  const out: Record<string, unknown> = { defaultAction: str(rules.default_action, 'Allow', 'network_rules.default_action') };
  const bypass = rules.bypass;
  if (isUnknown(bypass)) out.bypass = bypass;
  else if (Array.isArray(bypass)) out.bypass = bypass.every((b) => typeof b === 'string') ? bypass.join(', ') : unknown('network_rules.bypass is not known');
  return out;
}

/** `account_tier` + `account_replication_type` → ARM's `sku.name` (`Standard_GRS`). */
function skuOf(a: Attrs): Known<Record<string, unknown> | null> {
  const tier = str(a.account_tier, 'Standard', 'account_tier');
  const repl = str(a.account_replication_type, null, 'account_replication_type');
  if (isUnknown(tier)) return tier;
  if (repl === null || isUnknown(repl)) return repl === null ? null : repl;
  return { name: `${tier}_${repl}`, tier };
}

/**
 * `azurerm_storage_account`, with `azurerm_storage_account_network_rules` and
 * `azurerm_storage_account_customer_managed_key` joined in by `storage_account_id` (or the
 * v3 `storage_account_name`).
 */
export function buildStorageAccounts(accounts: Declared[], networkRules: Declared[], cmks: Declared[], locations?: Locations): Resource<'Microsoft.Storage/storageAccounts'>[] {
  const rulesOf = joinedBy(networkRules, accounts, 'storage_account_id', 'storage_account_name');
  const cmkOf = joinedBy(cmks, accounts, 'storage_account_id');
  return accounts.map((d) => {
    const a = d.attrs;
    const properties: Record<string, unknown> = {
      // v3 and v4 both default to TLS1_2 (v2 defaulted to TLS1_0).
      minimumTlsVersion: str(a.min_tls_version, 'TLS1_2', 'min_tls_version'),
      supportsHttpsTrafficOnly: bool(either(a, 'https_traffic_only_enabled', 'enable_https_traffic_only'), true, 'https_traffic_only_enabled'),
      // The provider default is true in v3 and v4: nested containers may opt into public access.
      allowBlobPublicAccess: bool(either(a, 'allow_nested_items_to_be_public', 'allow_blob_public_access'), true, 'allow_nested_items_to_be_public'),
      allowSharedKeyAccess: bool(a.shared_access_key_enabled, true, 'shared_access_key_enabled'),
      publicNetworkAccess: enabled(a.public_network_access_enabled, true, 'public_network_access_enabled'),
    };

    // Network rules: the standalone resource wins over the inline block (the provider says to use one or the other).
    const joinedRules = rulesOf.get(d)?.at(-1);
    const inline = block(a.network_rules, 'network_rules');
    if (joinedRules) properties.networkAcls = joinedRules.unknownReason ? unknown(joinedRules.unknownReason) : networkAcls(joinedRules.attrs);
    else if (isUnknown(inline)) properties.networkAcls = inline;
    else if (inline) properties.networkAcls = networkAcls(inline);

    const encryption: Record<string, unknown> = {
      requireInfrastructureEncryption: bool(a.infrastructure_encryption_enabled, false, 'infrastructure_encryption_enabled'),
    };
    const joinedCmk = cmkOf.get(d)?.at(-1);
    const inlineCmk = block(a.customer_managed_key, 'customer_managed_key');
    if (joinedCmk) {
      encryption.keySource = joinedCmk.unknownReason ? unknown(joinedCmk.unknownReason) : 'Microsoft.Keyvault';
      const keyName = joinedCmk.unknownReason ? null : optStr(joinedCmk.attrs.key_name, 'key_name');
      if (keyName !== null) encryption.keyvaultproperties = { keyname: keyName };
    } else if (isUnknown(inlineCmk)) encryption.keySource = inlineCmk;
    else if (inlineCmk) {
      encryption.keySource = 'Microsoft.Keyvault';
      const keyId = optStr(inlineCmk.key_vault_key_id ?? inlineCmk.managed_hsm_key_id, 'customer_managed_key.key_vault_key_id');
      if (keyId !== null) encryption.keyvaultproperties = { keyIdentifier: keyId };
    } else encryption.keySource = 'Microsoft.Storage';
    properties.encryption = encryption;

    const props = armProps(d, locations, properties, { kind: str(a.account_kind, 'StorageV2', 'account_kind'), sku: skuOf(a) });
    return azureResourceOf(d, 'Microsoft.Storage/storageAccounts', props);
  });
}
