import type { TfFamily } from '../types.js';
import { RESOURCE_GROUP_TYPES, resourceGroupLocations } from './azure-common.js';
import { buildManagedDisk, buildScaleSet, buildVirtualMachine, COMPUTE_TYPES } from './azure-compute.js';
import { buildKeyVault, KEYVAULT_TYPES } from './azure-keyvault.js';
import { buildContainerRegistry, buildCosmosAccount, buildKubernetesCluster, buildMessagingNamespace, buildRedis, SERVICE_TYPES } from './azure-services.js';
import { buildDatabaseTde, buildSqlServers, SQL_TYPES } from './azure-sql.js';
import { buildStorageAccounts, STORAGE_TYPES } from './azure-storage.js';
import { buildWebApp, WEB_TYPES } from './azure-web.js';

/** Terraform azurerm adapters: resources mapped onto ARM's shape, judged by the Azure rules. */
export const AZURE_TF: TfFamily = {
  tfTypes: [...RESOURCE_GROUP_TYPES, ...STORAGE_TYPES, ...KEYVAULT_TYPES, ...SQL_TYPES, ...WEB_TYPES, ...SERVICE_TYPES, ...COMPUTE_TYPES],
  types: [
    'Microsoft.Storage/storageAccounts',
    'Microsoft.KeyVault/vaults',
    'Microsoft.Sql/servers',
    'Microsoft.Sql/servers/azureADOnlyAuthentications',
    'Microsoft.Sql/servers/encryptionProtector',
    'Microsoft.Sql/servers/auditingSettings',
    'Microsoft.Sql/servers/databases/transparentDataEncryption',
    'Microsoft.Web/sites',
    'Microsoft.Cache/redis',
    'Microsoft.DocumentDB/databaseAccounts',
    'Microsoft.ContainerRegistry/registries',
    'Microsoft.ContainerService/managedClusters',
    'Microsoft.EventHub/namespaces',
    'Microsoft.ServiceBus/namespaces',
    'Microsoft.Compute/virtualMachines',
    'Microsoft.Compute/virtualMachineScaleSets',
    'Microsoft.Compute/disks',
  ],
  build: (of) => {
    const loc = resourceGroupLocations(of('azurerm_resource_group'));
    return [
      ...buildStorageAccounts(of('azurerm_storage_account'), of('azurerm_storage_account_network_rules'), of('azurerm_storage_account_customer_managed_key'), loc),
      ...of('azurerm_key_vault').map((d) => buildKeyVault(d, loc)),
      ...buildSqlServers(of('azurerm_mssql_server'), of('azurerm_mssql_server_transparent_data_encryption'), of('azurerm_mssql_server_extended_auditing_policy'), loc),
      ...of('azurerm_mssql_database').map(buildDatabaseTde),
      ...WEB_TYPES.flatMap(of).map((d) => buildWebApp(d, loc)),
      ...of('azurerm_redis_cache').map((d) => buildRedis(d, loc)),
      ...of('azurerm_cosmosdb_account').map((d) => buildCosmosAccount(d, loc)),
      ...of('azurerm_container_registry').map((d) => buildContainerRegistry(d, loc)),
      ...of('azurerm_kubernetes_cluster').map((d) => buildKubernetesCluster(d, loc)),
      ...['azurerm_eventhub_namespace', 'azurerm_servicebus_namespace'].flatMap(of).map((d) => buildMessagingNamespace(d, loc)),
      ...['azurerm_linux_virtual_machine', 'azurerm_windows_virtual_machine'].flatMap(of).map((d) => buildVirtualMachine(d, loc)),
      ...['azurerm_linux_virtual_machine_scale_set', 'azurerm_windows_virtual_machine_scale_set', 'azurerm_orchestrated_virtual_machine_scale_set'].flatMap(of).map((d) => buildScaleSet(d, loc)),
      ...of('azurerm_managed_disk').map((d) => buildManagedDisk(d, loc)),
    ];
  },
};
