import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('azurerm_mssql_server and its settings', () => {
  it('gives each server its ARM children, joining TDE and auditing resources', async () => {
    const r = await scanHcl({
      'main.tf': `
variable "key_id" {}
resource "azurerm_mssql_server" "good" {
  name                          = "phi-sql"
  resource_group_name           = "rg"
  location                      = "eastus"
  version                       = "12.0"
  public_network_access_enabled = false
  azuread_administrator {
    login_username              = "sql-admins"
    object_id                   = "00000000-0000-0000-0000-000000000000"
    azuread_authentication_only = true
  }
}
resource "azurerm_mssql_server_transparent_data_encryption" "good" {
  server_id        = azurerm_mssql_server.good.id
  key_vault_key_id = "https://v.vault.azure.net/keys/tde/1"
}
resource "azurerm_mssql_server_extended_auditing_policy" "good" {
  server_id         = azurerm_mssql_server.good.id
  storage_endpoint  = "https://phiaudit.blob.core.windows.net/"
  retention_in_days = 90
}
resource "azurerm_mssql_server" "bare" {
  name                = "bare-sql"
  resource_group_name = "rg"
  location            = "eastus"
  version             = "12.0"
  minimum_tls_version = "1.0"
}
resource "azurerm_mssql_server_transparent_data_encryption" "elsewhere" {
  server_id        = "/subscriptions/x/resourceGroups/rg/providers/Microsoft.Sql/servers/other"
  key_vault_key_id = var.key_id
}
resource "azurerm_mssql_database" "db" {
  name                                 = "phi"
  server_id                            = azurerm_mssql_server.good.id
  transparent_data_encryption_enabled  = false
}
`,
    });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, 'Microsoft.Sql/servers', 'azurerm_mssql_server.good').props.properties).toMatchObject({ minimalTlsVersion: '1.2', publicNetworkAccess: 'Disabled' });
    expect(byAddress(r, 'Microsoft.Sql/servers', 'azurerm_mssql_server.bare').props.properties).toMatchObject({ minimalTlsVersion: '1.0', publicNetworkAccess: 'Enabled' });

    const entra = r.resources.filter((x) => x.type === 'Microsoft.Sql/servers/azureADOnlyAuthentications');
    expect(entra.map((x) => [x.name, x.props.properties]).sort()).toEqual([
      ['azurerm_mssql_server.bare/azureADOnlyAuthentications/Default', { azureADOnlyAuthentication: false }],
      ['azurerm_mssql_server.good/azureADOnlyAuthentications/Default', { azureADOnlyAuthentication: true }],
    ]);

    const protector = byAddress(r, 'Microsoft.Sql/servers/encryptionProtector', 'azurerm_mssql_server_transparent_data_encryption.good');
    expect(protector).toMatchObject({ region: 'eastus', props: { properties: { serverKeyType: 'AzureKeyVault' } } });
    expect(byAddress(r, 'Microsoft.Sql/servers/encryptionProtector', 'azurerm_mssql_server.bare').props.properties).toEqual({ serverKeyType: 'ServiceManaged' });
    expect(byAddress(r, 'Microsoft.Sql/servers/encryptionProtector', 'azurerm_mssql_server_transparent_data_encryption.elsewhere')).toMatchObject({
      region: { $unknown: expect.any(String) },
      props: { properties: { serverKeyType: { $unknown: expect.stringContaining('key_id') } } },
    });

    expect(byAddress(r, 'Microsoft.Sql/servers/auditingSettings', 'azurerm_mssql_server_extended_auditing_policy.good').props.properties).toEqual({ state: 'Enabled' });
    expect(byAddress(r, 'Microsoft.Sql/servers/auditingSettings', 'azurerm_mssql_server.bare').props.properties).toEqual({ state: 'Disabled' });
    expect(byAddress(r, 'Microsoft.Sql/servers/databases/transparentDataEncryption', 'azurerm_mssql_database.db').props.properties).toEqual({ state: 'Disabled' });

    const ids = r.resources.map((x) => `${x.type}|${x.id}`);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
