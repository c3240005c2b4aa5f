import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-cosmosdb-cmk-encryption',
    title: "Cosmos DB account encrypts with a customer-managed key",
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['Microsoft.DocumentDB/databaseAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['cosmosdb-cmk-encryption', 'gap-azure-phi-cmk-rotation'],
    rationale:
      "A customer-managed key lets you rotate and revoke access to PHI at rest; the service-managed key cannot be revoked by you.",
    remediation: {
      text: "Customer-managed keys are set when the account is created: create a new account with keyVaultKeyUri and migrate the data.",
      cli: "az cosmosdb create --name ACCOUNT --resource-group RG --key-uri https://VAULT.vault.azure.net/keys/KEY",
      bicep: "resource r 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {\n  // ...\n  properties: {\n    keyVaultKeyUri: 'https://VAULT.vault.azure.net/keys/KEY'\n  }\n}",
      terraform: "resource \"azurerm_cosmosdb_account\" \"db\" {\n  # ...\n  key_vault_key_id = azurerm_key_vault_key.cosmos.versionless_id\n}",
    },
  },
  evaluate(resource) {
    // absent means null.
    return judgeArm(resource.props, 'keyVaultKeyUri', (v) => typeof v === 'string' && v.length > 0, {
      pass: "Data is encrypted with a customer-managed key in Key Vault.",
      fail: "Data is encrypted only with a service-managed key.",
      absent: null,
    });
  },
});
