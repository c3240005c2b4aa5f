import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { block, bool, num, optStr, str } from './attrs.js';
import { armProps, azureResourceOf, either, enabled, type Locations } from './azure-common.js';

export const SERVICE_TYPES = [
  'azurerm_redis_cache',
  'azurerm_cosmosdb_account',
  'azurerm_container_registry',
  'azurerm_kubernetes_cluster',
  'azurerm_eventhub_namespace',
  'azurerm_servicebus_namespace',
];

const skuNamed = (v: unknown, what: string): Known<Record<string, unknown> | null> => {
  const name = str(v, null, what);
  return name === null ? null : isUnknown(name) ? name : { name };
};

export function buildRedis(d: Declared, locations?: Locations): Resource<'Microsoft.Cache/redis'> {
  const a = d.attrs;
  const name = str(a.sku_name, null, 'sku_name');
  const sku = name === null || isUnknown(name) ? name : { name, family: str(a.family, null, 'family'), capacity: num(a.capacity, null, 'capacity') };
  const properties: Record<string, unknown> = {
    // v4 renamed enable_non_ssl_port to non_ssl_port_enabled; both default to false.
    enableNonSslPort: bool(either(a, 'non_ssl_port_enabled', 'enable_non_ssl_port'), false, 'non_ssl_port_enabled'),
    // The provider documents 1.0 as its default in v3 and v4 (Azure has refused below 1.2 since 2025).
    minimumTlsVersion: str(a.minimum_tls_version, '1.0', 'minimum_tls_version'),
    publicNetworkAccess: enabled(a.public_network_access_enabled, true, 'public_network_access_enabled'),
    sku,
  };
  return azureResourceOf(d, 'Microsoft.Cache/redis', armProps(d, locations, properties));
}

export function buildCosmosAccount(d: Declared, locations?: Locations): Resource<'Microsoft.DocumentDB/databaseAccounts'> {
  const a = d.attrs;
  const backup = block(a.backup, 'backup');
  const properties: Record<string, unknown> = {
    databaseAccountOfferType: str(a.offer_type, 'Standard', 'offer_type'),
    minimalTlsVersion: str(a.minimal_tls_version, 'Tls12', 'minimal_tls_version'),
    disableLocalAuth: bool(a.local_authentication_disabled, false, 'local_authentication_disabled'),
    publicNetworkAccess: enabled(a.public_network_access_enabled, true, 'public_network_access_enabled'),
    // Without a backup block the account gets periodic backups.
    backupPolicy: isUnknown(backup) ? backup : { type: str(backup?.type, 'Periodic', 'backup.type') },
  };
  const key = optStr(a.key_vault_key_id, 'key_vault_key_id');
  if (key !== null) properties.keyVaultKeyUri = key;
  return azureResourceOf(d, 'Microsoft.DocumentDB/databaseAccounts', armProps(d, locations, properties, { kind: str(a.kind, 'GlobalDocumentDB', 'kind') }));
}

export function buildContainerRegistry(d: Declared, locations?: Locations): Resource<'Microsoft.ContainerRegistry/registries'> {
  const a = d.attrs;
  const properties: Record<string, unknown> = {
    adminUserEnabled: bool(a.admin_enabled, false, 'admin_enabled'),
    publicNetworkAccess: enabled(a.public_network_access_enabled, true, 'public_network_access_enabled'),
    anonymousPullEnabled: bool(a.anonymous_pull_enabled, false, 'anonymous_pull_enabled'),
  };
  return azureResourceOf(d, 'Microsoft.ContainerRegistry/registries', armProps(d, locations, properties, { sku: skuNamed(a.sku, 'sku') }));
}

export function buildKubernetesCluster(d: Declared, locations?: Locations): Resource<'Microsoft.ContainerService/managedClusters'> {
  const a = d.attrs;
  const properties: Record<string, unknown> = {
    disableLocalAccounts: bool(a.local_account_disabled, false, 'local_account_disabled'),
    enableRBAC: bool(a.role_based_access_control_enabled, true, 'role_based_access_control_enabled'),
  };
  const privateCluster = bool(a.private_cluster_enabled, false, 'private_cluster_enabled');
  properties.apiServerAccessProfile = { enablePrivateCluster: privateCluster };
  return azureResourceOf(d, 'Microsoft.ContainerService/managedClusters', armProps(d, locations, properties));
}

/** Event Hubs and Service Bus namespaces: both default `minimum_tls_version` to 1.2 since v3. */
export function buildMessagingNamespace(d: Declared, locations?: Locations): Resource<'Microsoft.EventHub/namespaces' | 'Microsoft.ServiceBus/namespaces'> {
  const a = d.attrs;
  const localAuth = bool(a.local_auth_enabled, true, 'local_auth_enabled');
  const properties: Record<string, unknown> = {
    minimumTlsVersion: str(a.minimum_tls_version, '1.2', 'minimum_tls_version'),
    publicNetworkAccess: enabled(a.public_network_access_enabled, true, 'public_network_access_enabled'),
    disableLocalAuth: isUnknown(localAuth) ? localAuth : !localAuth,
  };
  const type = d.tfType === 'azurerm_eventhub_namespace' ? 'Microsoft.EventHub/namespaces' : 'Microsoft.ServiceBus/namespaces';
  return azureResourceOf(d, type, armProps(d, locations, properties, { sku: skuNamed(a.sku, 'sku') }));
}
