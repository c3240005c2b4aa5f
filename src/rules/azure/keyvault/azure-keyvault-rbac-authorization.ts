import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-keyvault-rbac-authorization',
    title: "Key Vault uses Azure RBAC for data-plane access",
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['Microsoft.KeyVault/vaults'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['keyvault-rbac-authorization'],
    rationale:
      "Access policies live inside each vault, invisible to Azure RBAC reviews and Privileged Identity Management. RBAC authorization puts access to the keys that protect PHI under the same assignments, conditions and access reviews as everything else.",
    remediation: {
      text: 'Recreate the access policies as Key Vault RBAC role assignments (Key Vault Crypto User, Secrets User…), then switch the vault to RBAC authorization.',
      cli: "az keyvault update --name VAULT --resource-group RG --enable-rbac-authorization true",
      bicep: "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  // ...\n  properties: {\n    enableRbacAuthorization: true\n  }\n}",
      terraform: "resource \"azurerm_key_vault\" \"kv\" {\n  # ...\n  rbac_authorization_enabled = true # enable_rbac_authorization before azurerm 4.42\n}",
    },
  },
  evaluate(resource) {
    // absent: access policies.
    return judgeArm(resource.props, 'enableRbacAuthorization', (v) => v === true, {
      pass: "Access to keys and secrets is granted through Azure RBAC role assignments.",
      fail: "Access is granted by vault access policies, outside Azure RBAC, PIM and its reviews.",
      absent: false,
    });
  },
});
