import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-keyvault-purge-protection',
    title: "Key Vault has soft delete and purge protection",
    severity: 'high',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.312(c)(1)'],
    resourceTypes: ['Microsoft.KeyVault/vaults'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['keyvault-soft-delete-purge-protection'],
    rationale:
      "A customer-managed key deleted and purged makes every backup and data store encrypted with it unreadable for good. Soft delete keeps deleted keys recoverable, and purge protection stops anyone, an attacker included, from purging them before the retention period ends.",
    remediation: {
      text: 'Turn on purge protection (it cannot be turned off again) and keep soft delete on with a retention of 90 days.',
      cli: "az keyvault update --name VAULT --resource-group RG --enable-purge-protection true",
      bicep: "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  // ...\n  properties: {\n    enableSoftDelete: true\n    enablePurgeProtection: true\n  }\n}",
      terraform: "resource \"azurerm_key_vault\" \"kv\" {\n  # ...\n  purge_protection_enabled = true\n}",
    },
  },
  evaluate(resource) {
    // absent: off.
    return judgeArm(resource.props, 'enablePurgeProtection', (v) => v === true, {
      pass: "Purge protection is on: deleted keys and secrets cannot be purged before their retention ends.",
      fail: "Deleted keys can be purged at once, destroying the only way to decrypt PHI encrypted with them.",
      absent: false,
    });
  },
});
