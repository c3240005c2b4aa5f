import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-sql-server-tde-protector-cmk',
    title: "Azure SQL server protects TDE with a customer-managed key",
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['Microsoft.Sql/servers/encryptionProtector'],
    sources: ['arm', 'terraform'],
    covers: ['sql-server-tde-protector-cmk', 'gap-azure-phi-cmk-rotation'],
    rationale:
      "With a customer-managed TDE protector in Key Vault you control rotation and can revoke access to every database and backup of the server, which a service-managed key does not allow.",
    remediation: {
      text: "Create a key in a Key Vault with purge protection, grant the server identity wrap and unwrap on it, and set the encryption protector to that key.",
      cli: "az sql server tde-key set --server SERVER --resource-group RG --server-key-type AzureKeyVault --kid https://VAULT.vault.azure.net/keys/KEY/VERSION",
      bicep: "resource r 'Microsoft.Sql/servers/encryptionProtector@2023-05-01-preview' = {\n  // ...\n  properties: {\n    serverKeyType: 'AzureKeyVault'\n    serverKeyName: 'VAULT_KEY_VERSION'\n  }\n}",
      terraform: "resource \"azurerm_mssql_server_transparent_data_encryption\" \"tde\" {\n  server_id        = azurerm_mssql_server.sql.id\n  key_vault_key_id = azurerm_key_vault_key.tde.id\n}",
    },
  },
  evaluate(resource) {
    // absent means 'ServiceManaged'.
    return judgeArm(resource.props, 'serverKeyType', (v) => armIs(v, 'AzureKeyVault'), {
      pass: "The TDE protector is a customer-managed key in Key Vault.",
      fail: "The TDE protector is a service-managed key nobody in your organisation controls.",
      absent: 'ServiceManaged',
    });
  },
});
