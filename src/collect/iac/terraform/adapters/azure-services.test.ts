import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('azurerm app, data, container, compute and messaging resources', () => {
  it('maps each onto the ARM properties the Azure rules read, with provider defaults', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "debug" {}
resource "azurerm_linux_web_app" "api" {
  name                = "phi-api"
  resource_group_name = "rg"
  location            = "eastus"
  service_plan_id     = "/subscriptions/x/plan"
  https_only          = true
  site_config {
    minimum_tls_version      = "1.1"
    remote_debugging_enabled = var.debug
  }
  identity {
    type = "SystemAssigned"
  }
}
resource "azurerm_windows_function_app" "fn" {
  name                 = "phi-fn"
  resource_group_name  = "rg"
  location             = "eastus"
  service_plan_id      = "/subscriptions/x/plan"
  storage_account_name = "x"
  site_config {
    ftps_state = "AllAllowed"
  }
}
resource "azurerm_app_service" "legacy" {
  name                = "legacy"
  resource_group_name = "rg"
  location            = "eastus"
  app_service_plan_id = "/subscriptions/x/plan"
}
resource "azurerm_key_vault" "kv" {
  name                      = "phi-kv"
  resource_group_name       = "rg"
  location                  = "eastus"
  tenant_id                 = "t"
  sku_name                  = "premium"
  purge_protection_enabled  = true
  enable_rbac_authorization = true
  network_acls {
    default_action = "Deny"
    bypass         = "AzureServices"
  }
}
resource "azurerm_key_vault" "kv4" {
  name                       = "phi-kv4"
  resource_group_name        = "rg"
  location                   = "eastus"
  tenant_id                  = "t"
  sku_name                   = "standard"
  rbac_authorization_enabled = false
}
resource "azurerm_redis_cache" "v4" {
  name                 = "r4"
  resource_group_name  = "rg"
  location             = "eastus"
  capacity             = 1
  family               = "C"
  sku_name             = "Standard"
  non_ssl_port_enabled = true
}
resource "azurerm_redis_cache" "v3" {
  name                = "r3"
  resource_group_name = "rg"
  location            = "eastus"
  capacity            = 1
  family              = "C"
  sku_name            = "Standard"
  enable_non_ssl_port = false
  minimum_tls_version = "1.2"
}
resource "azurerm_cosmosdb_account" "db" {
  name                          = "phi-cosmos"
  resource_group_name           = "rg"
  location                      = "eastus"
  offer_type                    = "Standard"
  local_authentication_disabled = true
  key_vault_key_id              = "https://v.vault.azure.net/keys/cosmos"
  backup {
    type = "Continuous"
  }
}
resource "azurerm_cosmosdb_account" "plain" {
  name                = "plain"
  resource_group_name = "rg"
  location            = "eastus"
  offer_type          = "Standard"
}
resource "azurerm_container_registry" "acr" {
  name                          = "phiacr"
  resource_group_name           = "rg"
  location                      = "eastus"
  sku                           = "Premium"
  admin_enabled                 = true
  public_network_access_enabled = false
}
resource "azurerm_kubernetes_cluster" "aks" {
  name                              = "phi-aks"
  resource_group_name               = "rg"
  location                          = "eastus"
  dns_prefix                        = "phi"
  local_account_disabled            = true
  role_based_access_control_enabled = false
}
resource "azurerm_linux_virtual_machine" "vm" {
  name                       = "phi-vm"
  resource_group_name        = "rg"
  location                   = "eastus"
  size                       = "Standard_D2s_v5"
  encryption_at_host_enabled = true
}
resource "azurerm_linux_virtual_machine_scale_set" "ss" {
  name                = "phi-ss"
  resource_group_name = "rg"
  location            = "eastus"
  sku                 = "Standard_D2s_v5"
}
resource "azurerm_managed_disk" "cmk" {
  name                   = "cmk"
  resource_group_name    = "rg"
  location               = "eastus"
  storage_account_type   = "Premium_LRS"
  create_option          = "Empty"
  disk_encryption_set_id = "/subscriptions/x/diskEncryptionSets/des"
}
resource "azurerm_managed_disk" "pmk" {
  name                 = "pmk"
  resource_group_name  = "rg"
  location             = "eastus"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
}
resource "azurerm_eventhub_namespace" "eh" {
  name                = "phi-eh"
  resource_group_name = "rg"
  location            = "eastus"
  sku                 = "Standard"
}
resource "azurerm_servicebus_namespace" "sb" {
  name                = "phi-sb"
  resource_group_name = "rg"
  location            = "eastus"
  sku                 = "Premium"
  minimum_tls_version = "1.0"
  local_auth_enabled  = false
}
`,
    });
    expect(r.problems).toEqual([]);
    const api = byAddress(r, 'Microsoft.Web/sites', 'azurerm_linux_web_app.api');
    expect(api.props).toMatchObject({
      kind: 'app,linux',
      identity: { type: 'SystemAssigned' },
      properties: { httpsOnly: true, siteConfig: { minTlsVersion: '1.1', ftpsState: 'Disabled', remoteDebuggingEnabled: { $unknown: expect.stringContaining('debug') } } },
    });
    expect(byAddress(r, 'Microsoft.Web/sites', 'azurerm_windows_function_app.fn').props).toMatchObject({
      kind: 'functionapp',
      identity: null,
      properties: { httpsOnly: false, siteConfig: { minTlsVersion: '1.2', ftpsState: 'AllAllowed', remoteDebuggingEnabled: false } },
    });
    expect(byAddress(r, 'Microsoft.Web/sites', 'azurerm_app_service.legacy').props.properties).toMatchObject({ siteConfig: { ftpsState: 'AllAllowed', minTlsVersion: '1.2' } });

    expect(byAddress(r, 'Microsoft.KeyVault/vaults', 'azurerm_key_vault.kv').props).toMatchObject({
      sku: { family: 'A', name: 'premium' },
      properties: { enablePurgeProtection: true, enableRbacAuthorization: true, publicNetworkAccess: 'Enabled', networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' } },
    });
    const kv4 = byAddress(r, 'Microsoft.KeyVault/vaults', 'azurerm_key_vault.kv4').props.properties as Record<string, unknown>;
    expect(kv4).toMatchObject({ enablePurgeProtection: false, enableRbacAuthorization: false });
    expect(kv4.networkAcls).toBeUndefined();

    expect(byAddress(r, 'Microsoft.Cache/redis', 'azurerm_redis_cache.v4').props.properties).toMatchObject({ enableNonSslPort: true, minimumTlsVersion: '1.0', sku: { name: 'Standard', family: 'C', capacity: 1 } });
    expect(byAddress(r, 'Microsoft.Cache/redis', 'azurerm_redis_cache.v3').props.properties).toMatchObject({ enableNonSslPort: false, minimumTlsVersion: '1.2' });

    expect(byAddress(r, 'Microsoft.DocumentDB/databaseAccounts', 'azurerm_cosmosdb_account.db').props).toMatchObject({
      kind: 'GlobalDocumentDB',
      properties: { minimalTlsVersion: 'Tls12', disableLocalAuth: true, publicNetworkAccess: 'Enabled', keyVaultKeyUri: 'https://v.vault.azure.net/keys/cosmos', backupPolicy: { type: 'Continuous' } },
    });
    const plain = byAddress(r, 'Microsoft.DocumentDB/databaseAccounts', 'azurerm_cosmosdb_account.plain').props.properties as Record<string, unknown>;
    expect(plain).toMatchObject({ disableLocalAuth: false, backupPolicy: { type: 'Periodic' } });
    expect(plain.keyVaultKeyUri).toBeUndefined();

    expect(byAddress(r, 'Microsoft.ContainerRegistry/registries', 'azurerm_container_registry.acr').props).toMatchObject({ sku: { name: 'Premium' }, properties: { adminUserEnabled: true, publicNetworkAccess: 'Disabled' } });
    expect(byAddress(r, 'Microsoft.ContainerService/managedClusters', 'azurerm_kubernetes_cluster.aks').props.properties).toMatchObject({ disableLocalAccounts: true, enableRBAC: false });
    expect(byAddress(r, 'Microsoft.Compute/virtualMachines', 'azurerm_linux_virtual_machine.vm').props.properties).toEqual({ securityProfile: { encryptionAtHost: true } });
    expect(byAddress(r, 'Microsoft.Compute/virtualMachineScaleSets', 'azurerm_linux_virtual_machine_scale_set.ss').props.properties).toEqual({ virtualMachineProfile: { securityProfile: { encryptionAtHost: false } } });
    expect(byAddress(r, 'Microsoft.Compute/disks', 'azurerm_managed_disk.cmk').props.properties).toMatchObject({ encryption: { type: 'EncryptionAtRestWithCustomerKey' } });
    expect(byAddress(r, 'Microsoft.Compute/disks', 'azurerm_managed_disk.pmk').props.properties).toEqual({ encryption: { type: 'EncryptionAtRestWithPlatformKey' } });
    expect(byAddress(r, 'Microsoft.EventHub/namespaces', 'azurerm_eventhub_namespace.eh').props.properties).toMatchObject({ minimumTlsVersion: '1.2', disableLocalAuth: false });
    expect(byAddress(r, 'Microsoft.ServiceBus/namespaces', 'azurerm_servicebus_namespace.sb').props.properties).toMatchObject({ minimumTlsVersion: '1.0', disableLocalAuth: true });
  });
});
