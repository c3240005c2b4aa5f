import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-default-network-deny',
    title: "Storage account firewall denies by default",
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['storage-default-network-deny'],
    rationale:
      "With the firewall default action Allow, every network can reach the account and only credentials protect PHI. Deny by default, with named virtual networks, IP ranges or private endpoints allowed, limits where requests can come from.",
    remediation: {
      text: 'Set networkAcls.defaultAction to Deny and list the virtual network subnets and IP ranges that may reach the account (bypass AzureServices for trusted Azure services).',
      cli: "az storage account update --name ACCOUNT --resource-group RG --default-action Deny",
      bicep: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  // ...\n  properties: {\n    networkAcls: {\n      defaultAction: 'Deny'\n      bypass: 'AzureServices'\n    }\n  }\n}",
      terraform: "resource \"azurerm_storage_account\" \"phi\" {\n  # ...\n  network_rules {\n    default_action = \"Deny\"\n    bypass         = [\"AzureServices\"]\n  }\n}",
    },
  },
  evaluate(resource) {
    // absent: Allow.
    return judgeArm(resource.props, 'networkAcls.defaultAction', (v) => armIs(v, 'Deny'), {
      pass: "The account firewall denies traffic not explicitly allowed.",
      fail: "The account firewall allows traffic from any network by default.",
      absent: 'Allow',
    });
  },
});
