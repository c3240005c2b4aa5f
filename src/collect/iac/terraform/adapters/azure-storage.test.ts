import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

const T = 'Microsoft.Storage/storageAccounts';

describe('azurerm_storage_account', () => {
  it('settles the provider defaults on ARM property names', async () => {
    const r = await scanHcl({
      'main.tf': `
resource "azurerm_resource_group" "rg" {
  name     = "phi"
  location = "East US 2"
}
resource "azurerm_storage_account" "plain" {
  name                     = "phiplain"
  resource_group_name      = azurerm_resource_group.rg.name
  location                 = azurerm_resource_group.rg.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
  tags                     = { data = "phi" }
}
`,
    });
    expect(r.problems).toEqual([]);
    const sa = byAddress(r, T, 'azurerm_storage_account.plain');
    expect(sa).toMatchObject({ provider: 'azure', name: 'phiplain', region: 'eastus2', tags: { data: 'phi' }, account: { $unknown: expect.stringContaining('provider configuration') } });
    expect(sa.props).toEqual({
      properties: {
        minimumTlsVersion: 'TLS1_2',
        supportsHttpsTrafficOnly: true,
        allowBlobPublicAccess: true,
        allowSharedKeyAccess: true,
        publicNetworkAccess: 'Enabled',
        encryption: { requireInfrastructureEncryption: false, keySource: 'Microsoft.Storage' },
      },
      location: 'eastus2',
      kind: 'StorageV2',
      sku: { name: 'Standard_GRS', tier: 'Standard' },
      identity: null,
      apiVersion: null,
    });
  });

  it('reads v4 and v3 argument names, inline blocks and unknowns', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "tls" {}
resource "azurerm_storage_account" "v4" {
  name                            = "phiv4"
  resource_group_name             = "rg"
  location                        = "westeurope"
  account_tier                    = "Premium"
  account_replication_type        = "ZRS"
  account_kind                    = "BlockBlobStorage"
  min_tls_version                 = var.tls
  https_traffic_only_enabled      = false
  allow_nested_items_to_be_public = false
  shared_access_key_enabled       = false
  public_network_access_enabled   = false
  infrastructure_encryption_enabled = true
  identity {
    type = "SystemAssigned, UserAssigned"
    identity_ids = ["/subscriptions/x/uai"]
  }
  network_rules {
    default_action = "Deny"
    bypass         = ["AzureServices", "Logging"]
  }
  customer_managed_key {
    key_vault_key_id          = "https://v.vault.azure.net/keys/k"
    user_assigned_identity_id = "/subscriptions/x/uai"
  }
}
resource "azurerm_storage_account" "v3" {
  name                      = "phiv3"
  resource_group_name       = "rg"
  location                  = "westeurope"
  account_tier              = "Standard"
  account_replication_type  = "LRS"
  enable_https_traffic_only = true
  allow_blob_public_access  = false
}
`,
    });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, T, 'azurerm_storage_account.v4').props).toMatchObject({
      properties: {
        minimumTlsVersion: { $unknown: expect.stringContaining('tls') },
        supportsHttpsTrafficOnly: false,
        allowBlobPublicAccess: false,
        allowSharedKeyAccess: false,
        publicNetworkAccess: 'Disabled',
        networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices, Logging' },
        encryption: { requireInfrastructureEncryption: true, keySource: 'Microsoft.Keyvault', keyvaultproperties: { keyIdentifier: 'https://v.vault.azure.net/keys/k' } },
      },
      kind: 'BlockBlobStorage',
      sku: { name: 'Premium_ZRS' },
      identity: { type: 'SystemAssigned,UserAssigned', userAssignedIdentities: { '/subscriptions/x/uai': {} } },
    });
    expect(byAddress(r, T, 'azurerm_storage_account.v3').props.properties).toMatchObject({ supportsHttpsTrafficOnly: true, allowBlobPublicAccess: false });
  });

  it('joins azurerm_storage_account_network_rules and azurerm_storage_account_customer_managed_key', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "action" {}
resource "azurerm_storage_account" "a" {
  name                     = "phia"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
resource "azurerm_storage_account_network_rules" "a" {
  storage_account_id = azurerm_storage_account.a.id
  default_action     = "Deny"
  bypass             = ["AzureServices"]
}
resource "azurerm_storage_account_customer_managed_key" "a" {
  storage_account_id = azurerm_storage_account.a.id
  key_vault_id       = "/subscriptions/x/vaults/v"
  key_name           = "phi"
}
resource "azurerm_storage_account" "b" {
  name                     = "phib"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
resource "azurerm_storage_account_network_rules" "b" {
  storage_account_name = "phib"
  resource_group_name  = "rg"
  default_action       = var.action
}
`,
    });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, T, 'azurerm_storage_account.a').props.properties).toMatchObject({
      networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices' },
      encryption: { keySource: 'Microsoft.Keyvault', keyvaultproperties: { keyname: 'phi' } },
    });
    expect(byAddress(r, T, 'azurerm_storage_account.b').props.properties).toMatchObject({
      networkAcls: { defaultAction: { $unknown: expect.stringContaining('action') } },
      encryption: { keySource: 'Microsoft.Storage' },
    });
    expect(r.resources.filter((x) => x.type === T)).toHaveLength(2);
  });

  it('keeps every setting unknown when the instances cannot be known', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "n" {}
resource "azurerm_storage_account" "many" {
  count                    = var.n
  name                     = "phi\${count.index}"
  resource_group_name      = "rg"
  location                 = "westeurope"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}
`,
    });
    const sa = byAddress(r, T, 'azurerm_storage_account.many');
    expect(sa.props.properties).toEqual({ $unknown: expect.any(String) });
    expect(sa.region).toEqual({ $unknown: expect.any(String) });
  });
});

describe('azurerm_storage_account in a plan', () => {
  it('joins network rules by an id known only after apply, and reads an omitted computed block as the default', async () => {
    const { parseTerraformPlan } = await import('../plan.js');
    const account = { name: 'phiplan', location: 'westeurope', account_tier: 'Standard', account_replication_type: 'LRS', min_tls_version: 'TLS1_2', shared_access_key_enabled: true };
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'azurerm_storage_account.a', mode: 'managed', type: 'azurerm_storage_account', name: 'a', values: account },
            { address: 'azurerm_storage_account.b', mode: 'managed', type: 'azurerm_storage_account', name: 'b', values: { ...account, name: 'phiplanb' } },
            { address: 'azurerm_storage_account_network_rules.a', mode: 'managed', type: 'azurerm_storage_account_network_rules', name: 'a', values: { default_action: 'Deny' } },
          ],
        },
      },
      resource_changes: [
        { address: 'azurerm_storage_account.a', change: { after_unknown: { id: true, network_rules: true } } },
        { address: 'azurerm_storage_account.b', change: { after_unknown: { id: true, network_rules: true } } },
        { address: 'azurerm_storage_account_network_rules.a', change: { after_unknown: { storage_account_id: true } } },
      ],
      configuration: {
        root_module: {
          resources: [
            { address: 'azurerm_storage_account.a', expressions: { name: { constant_value: 'phiplan' } } },
            { address: 'azurerm_storage_account.b', expressions: { name: { constant_value: 'phiplanb' } } },
            { address: 'azurerm_storage_account_network_rules.a', expressions: { storage_account_id: { references: ['azurerm_storage_account.a.id', 'azurerm_storage_account.a'] } } },
          ],
        },
      },
    };
    const r = parseTerraformPlan('plan.json', JSON.stringify(plan));
    expect(r.problems).toEqual([]);
    expect(byAddress(r, T, 'azurerm_storage_account.a').props.properties).toMatchObject({ networkAcls: { defaultAction: 'Deny' } });
    const b = byAddress(r, T, 'azurerm_storage_account.b').props.properties as Record<string, unknown>;
    expect(b.networkAcls).toBeUndefined();
    expect(b.minimumTlsVersion).toBe('TLS1_2');
  });
});
