import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-keyvault-public-network-disabled',
    title: "Key Vault is not reachable from public networks",
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['Microsoft.KeyVault/vaults'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['keyvault-public-network-disabled'],
    rationale:
      "The vault holds the keys that decrypt PHI. Reachable only through private endpoints, a stolen token cannot be used from outside your networks to unwrap or export them.",
    remediation: {
      text: 'Create a private endpoint for the vault in the networks that use it, then set publicNetworkAccess to Disabled.',
      cli: "az keyvault update --name VAULT --resource-group RG --public-network-access Disabled",
      bicep: "resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  // ...\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}",
      terraform: "resource \"azurerm_key_vault\" \"kv\" {\n  # ...\n  public_network_access_enabled = false\n}",
    },
  },
  evaluate(resource) {
    // absent: enabled.
    return judgeArm(resource.props, 'publicNetworkAccess', (v) => armIs(v, 'Disabled'), {
      pass: "Public network access is disabled.",
      fail: "The vault accepts connections from public networks.",
      absent: 'Enabled',
    });
  },
});
