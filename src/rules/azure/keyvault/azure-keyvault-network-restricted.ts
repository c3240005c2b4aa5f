import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-keyvault-network-restricted',
    title: "Key Vault firewall denies by default",
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['Microsoft.KeyVault/vaults'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['keyvault-network-restricted'],
    rationale:
      "The vault holds the keys that decrypt PHI; with its firewall default Allow, a stolen token works from anywhere.",
    remediation: {
      text: "Set networkAcls.defaultAction to Deny and allow the virtual networks and IP ranges that use the vault (bypass AzureServices for trusted services).",
      cli: "az keyvault update --name VAULT --resource-group RG --default-action Deny",
      bicep: "resource r 'Microsoft.KeyVault/vaults@2023-07-01' = {\n  // ...\n  properties: {\n    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'AzureServices'\n    }\n  }\n}",
      terraform: "resource \"azurerm_key_vault\" \"kv\" {\n  # ...\n  network_acls {\n    default_action = \"Deny\"\n    bypass         = \"AzureServices\"\n  }\n}",
    },
  },
  evaluate(resource) {
    // absent means 'Allow'.
    return judgeArm(resource.props, 'networkAcls.defaultAction', (v) => armIs(v, 'Deny'), {
      pass: "The vault firewall denies traffic not explicitly allowed.",
      fail: "The vault firewall allows traffic from any network.",
      absent: 'Allow',
    });
  },
});
