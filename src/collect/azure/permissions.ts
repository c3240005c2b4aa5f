import type { AzureResourceType } from '../../model/azure/index.js';

/**
 * The modelled types Azure Resource Graph's `resources` table holds. Child settings ARM
 * serves only from their own endpoints (SQL auditing and TDE, `sites/config`, storage
 * service properties, Key Vault keys) and types kept in other tables (`securityresources`,
 * `authorizationresources`) are not here: the live collector must never claim a complete,
 * empty listing of a type it did not ask anyone for.
 */
export const RESOURCE_GRAPH_TYPES = [
  'Microsoft.Storage/storageAccounts',
  'Microsoft.KeyVault/vaults',
  'Microsoft.KeyVault/managedHSMs',
  'Microsoft.Sql/servers',
  'Microsoft.Sql/servers/databases',
  'Microsoft.Sql/managedInstances',
  'Microsoft.DocumentDB/databaseAccounts',
  'Microsoft.ContainerService/managedClusters',
  'Microsoft.ContainerRegistry/registries',
  'Microsoft.Web/sites',
  'Microsoft.Network/networkSecurityGroups',
  'Microsoft.Network/networkWatchers',
  'Microsoft.Network/networkWatchers/flowLogs',
  'Microsoft.Network/applicationGateways',
  'Microsoft.Network/virtualNetworks',
  'Microsoft.Network/publicIPAddresses',
  'Microsoft.Network/privateEndpoints',
  'Microsoft.Compute/virtualMachines',
  'Microsoft.Compute/virtualMachineScaleSets',
  'Microsoft.Compute/disks',
  'Microsoft.Cache/redis',
  'Microsoft.DBforMySQL/servers',
  'Microsoft.DBforMySQL/flexibleServers',
  'Microsoft.DBforPostgreSQL/servers',
  'Microsoft.DBforPostgreSQL/flexibleServers',
  'Microsoft.DBforMariaDB/servers',
  'Microsoft.Insights/activityLogAlerts',
  'Microsoft.OperationalInsights/workspaces',
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
] as const satisfies readonly AzureResourceType[];

/**
 * The resources whose diagnostic settings are read from ARM
 * (`GET {resourceId}/providers/Microsoft.Insights/diagnosticSettings`). The coverage of
 * `Microsoft.Insights/diagnosticSettings` speaks for these targets only: a rule judging the
 * diagnostic settings of another type adds that type here first.
 */
export const DIAGNOSTIC_TARGET_TYPES = ['Microsoft.KeyVault/vaults', 'Microsoft.Storage/storageAccounts'] as const satisfies readonly AzureResourceType[];

/** Every type the live Azure collector produces. */
export const AZURE_LIVE_TYPES: readonly AzureResourceType[] = [...RESOURCE_GRAPH_TYPES, 'Microsoft.Insights/diagnosticSettings'];

export const RESOURCE_GRAPH_READ = 'Microsoft.ResourceGraph/resources/read';
export const SUBSCRIPTIONS_READ = 'Microsoft.Resources/subscriptions/read';
export const DIAGNOSTIC_SETTINGS_READ = 'Microsoft.Insights/diagnosticSettings/read';

/**
 * The one declaration of what the live collector calls, as Azure RBAC actions: used by the
 * collector (origin calls, failure reasons) and by `phiguard permissions azure`.
 */
export const AZURE_ACTIONS: readonly string[] = [
  RESOURCE_GRAPH_READ,
  SUBSCRIPTIONS_READ,
  // Resource Graph returns only the resources the identity may read: `<type>/read` of each queried type.
  ...RESOURCE_GRAPH_TYPES.map((t) => `${t}/read`),
  DIAGNOSTIC_SETTINGS_READ,
];

/**
 * A custom role with exactly the actions the collector needs. The built-in Reader role
 * (`acdd72a7-3385-48ef-bd42-f606fba81ae7`) grants all of them and is enough.
 */
export function azureRoleDefinition(subscriptions: readonly string[] = []): Record<string, unknown> {
  return {
    Name: 'phiguard audit (read-only)',
    IsCustom: true,
    Description:
      'Read-only access for phiguard: Azure Resource Graph queries, subscription listing and diagnostic settings. The built-in Reader role grants the same.',
    Actions: [...AZURE_ACTIONS],
    NotActions: [],
    DataActions: [],
    NotDataActions: [],
    AssignableScopes: subscriptions.length ? subscriptions.map((s) => `/subscriptions/${s}`) : ['/subscriptions/00000000-0000-0000-0000-000000000000'],
  };
}
