import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-cmk-encryption',
    title: "Storage account encrypts with a customer-managed key from Key Vault",
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['storage-account-cmk-encryption'],
    rationale:
      "Azure Storage always encrypts at rest, but with a platform key nobody in your organisation controls. A customer-managed key in Key Vault lets you rotate, audit and revoke access to PHI at rest, and makes reading it depend on an access policy you own.",
    remediation: {
      text: 'Create a key in a Key Vault with purge protection, give the account a managed identity with the Key Vault Crypto Service Encryption User role, and set encryption.keySource to Microsoft.Keyvault with the key.',
      cli: "az storage account update --name ACCOUNT --resource-group RG --encryption-key-source Microsoft.Keyvault --encryption-key-vault https://VAULT.vault.azure.net --encryption-key-name KEY",
      bicep: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  // ...\n  properties: {\n    encryption: {\n      keySource: 'Microsoft.Keyvault'\n      keyvaultproperties: { keyvaulturi: vault.properties.vaultUri, keyname: 'phi-cmk' }\n    }\n  }\n}",
      terraform: "resource \"azurerm_storage_account_customer_managed_key\" \"cmk\" {\n  storage_account_id = azurerm_storage_account.phi.id\n  key_vault_id       = azurerm_key_vault.kv.id\n  key_name           = azurerm_key_vault_key.phi.name\n}",
    },
  },
  evaluate(resource) {
    // absent: platform-managed key.
    return judgeArm(resource.props, 'encryption.keySource', (v) => armIs(v, 'Microsoft.Keyvault'), {
      pass: "Data is encrypted with a customer-managed key held in Key Vault.",
      fail: "Data is encrypted only with a Microsoft-managed key.",
      absent: 'Microsoft.Storage',
    });
  },
});
