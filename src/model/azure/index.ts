import type { Known } from '../unknown.js';

/**
 * Azure resources keep the shape ARM gives them, because all three sources already speak it:
 * an ARM template (and Bicep, which compiles to one) declares it, Azure Resource Graph and
 * the ARM API return it, and the Terraform azurerm adapters map their arguments onto it. A
 * rule reads `properties.minimumTlsVersion` the same way whatever the source.
 */
export interface AzureArmProps {
  /** ARM `properties`, named as the API names them; unknown where the source cannot say. */
  properties: Known<Record<string, unknown>>;
  location: Known<string | null>;
  kind: Known<string | null>;
  sku: Known<Record<string, unknown> | null>;
  identity: Known<Record<string, unknown> | null>;
  /** The API version the properties follow, when the source states it. */
  apiVersion: string | null;
}

/**
 * The Azure resource types phiguard models: those the Azure HIPAA catalog's checks read,
 * in ARM's canonical casing (ARM itself is case-insensitive; `azureType()` normalizes).
 */
export const AZURE_TYPES = [
  'Microsoft.Storage/storageAccounts',
  'Microsoft.Storage/storageAccounts/blobServices',
  'Microsoft.Storage/storageAccounts/fileServices',
  'Microsoft.Storage/storageAccounts/queueServices',
  'Microsoft.Storage/storageAccounts/tableServices',
  'Microsoft.Storage/storageAccounts/encryptionScopes',
  'Microsoft.KeyVault/vaults',
  'Microsoft.KeyVault/vaults/keys',
  'Microsoft.KeyVault/vaults/secrets',
  'Microsoft.KeyVault/managedHSMs',
  'Microsoft.Sql/servers',
  'Microsoft.Sql/servers/databases',
  'Microsoft.Sql/servers/databases/transparentDataEncryption',
  'Microsoft.Sql/servers/auditingSettings',
  'Microsoft.Sql/servers/encryptionProtector',
  'Microsoft.Sql/servers/administrators',
  'Microsoft.Sql/servers/azureADOnlyAuthentications',
  'Microsoft.Sql/servers/firewallRules',
  'Microsoft.Sql/servers/securityAlertPolicies',
  'Microsoft.Sql/managedInstances',
  'Microsoft.DocumentDB/databaseAccounts',
  'Microsoft.ContainerService/managedClusters',
  'Microsoft.ContainerRegistry/registries',
  'Microsoft.Web/sites',
  'Microsoft.Web/sites/config',
  'Microsoft.Network/networkSecurityGroups',
  'Microsoft.Network/networkSecurityGroups/securityRules',
  'Microsoft.Network/networkWatchers',
  'Microsoft.Network/networkWatchers/flowLogs',
  'Microsoft.Network/applicationGateways',
  'Microsoft.Network/virtualNetworks',
  'Microsoft.Network/virtualNetworks/subnets',
  'Microsoft.Network/publicIPAddresses',
  'Microsoft.Network/privateEndpoints',
  'Microsoft.Compute/virtualMachines',
  'Microsoft.Compute/virtualMachineScaleSets',
  'Microsoft.Compute/disks',
  'Microsoft.Cache/redis',
  'Microsoft.DBforMySQL/servers',
  'Microsoft.DBforMySQL/flexibleServers',
  'Microsoft.DBforMySQL/flexibleServers/configurations',
  'Microsoft.DBforPostgreSQL/servers',
  'Microsoft.DBforPostgreSQL/servers/configurations',
  'Microsoft.DBforPostgreSQL/flexibleServers',
  'Microsoft.DBforPostgreSQL/flexibleServers/configurations',
  'Microsoft.DBforMariaDB/servers',
  'Microsoft.Insights/diagnosticSettings',
  'Microsoft.Insights/activityLogAlerts',
  'Microsoft.Insights/logprofiles',
  'Microsoft.OperationalInsights/workspaces',
  'Microsoft.Security/pricings',
  'Microsoft.Authorization/roleAssignments',
  'Microsoft.Authorization/roleDefinitions',
  'Microsoft.Databricks/workspaces',
  'Microsoft.EventHub/namespaces',
  'Microsoft.ServiceBus/namespaces',
  'Microsoft.EventGrid/topics',
  'Microsoft.EventGrid/domains',
  'Microsoft.ApiManagement/service',
  'Microsoft.DataLakeStore/accounts',
  'Microsoft.DataLakeAnalytics/accounts',
  'Microsoft.Synapse/workspaces',
  'Microsoft.DataFactory/factories',
  'Microsoft.CognitiveServices/accounts',
  'Microsoft.MachineLearningServices/workspaces',
  'Microsoft.HealthcareApis/services',
  'Microsoft.Kusto/clusters',
  'Microsoft.Batch/batchAccounts',
  'Microsoft.Logic/workflows',
  'Microsoft.Search/searchServices',
  'Microsoft.Devices/IotHubs',
  'Microsoft.StreamAnalytics/streamingjobs',
  'Microsoft.RecoveryServices/vaults',
] as const;

export type AzureResourceType = (typeof AZURE_TYPES)[number];

export type AzurePropsByType = { [T in AzureResourceType]: AzureArmProps };

const CANONICAL = new Map<string, AzureResourceType>(AZURE_TYPES.map((t) => [t.toLowerCase(), t]));

/** The modelled type an ARM type names, whatever its casing; undefined when not modelled. */
export function azureType(type: string): AzureResourceType | undefined {
  return CANONICAL.get(type.toLowerCase());
}
