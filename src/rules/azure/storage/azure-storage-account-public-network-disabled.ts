import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-public-network-disabled',
    title: "Storage account is not reachable from public networks",
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['storage-public-network-disabled', 'gap-azure-private-endpoints'],
    rationale:
      "A PHI store reachable from the internet depends on credentials alone. Disabling public network access means only private endpoints inside your virtual networks can reach it, so a leaked key or token is useless from outside.",
    remediation: {
      text: 'Create private endpoints for the services clients use (blob, file, queue, table, dfs), then set publicNetworkAccess to Disabled.',
      cli: "az storage account update --name ACCOUNT --resource-group RG --public-network-access Disabled",
      bicep: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  // ...\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}",
      terraform: "resource \"azurerm_storage_account\" \"phi\" {\n  # ...\n  public_network_access_enabled = false\n}",
    },
  },
  evaluate(resource) {
    // absent: enabled.
    return judgeArm(resource.props, 'publicNetworkAccess', (v) => armIs(v, 'Disabled'), {
      pass: "Public network access is disabled: the account is reached through private endpoints only.",
      fail: "The account accepts connections from public networks.",
      absent: 'Enabled',
    });
  },
});
