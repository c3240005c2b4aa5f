import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-cosmosdb-public-network-disabled',
    title: "Cosmos DB account is not reachable from public networks",
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['Microsoft.DocumentDB/databaseAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['cosmosdb-public-network-disabled', 'gap-azure-private-endpoints'],
    rationale:
      "A PHI database reachable from the internet depends on its keys alone. Private endpoints only keep a leaked key useless from outside your networks.",
    remediation: {
      text: "Create private endpoints for the account, then set publicNetworkAccess to Disabled.",
      cli: "az cosmosdb update --name ACCOUNT --resource-group RG --public-network-access DISABLED",
      bicep: "resource r 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {\n  // ...\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}",
      terraform: "resource \"azurerm_cosmosdb_account\" \"db\" {\n  # ...\n  public_network_access_enabled = false\n}",
    },
  },
  evaluate(resource) {
    // absent means 'Enabled'.
    return judgeArm(resource.props, 'publicNetworkAccess', (v) => armIs(v, 'Disabled'), {
      pass: "Public network access is disabled.",
      fail: "The account accepts connections from public networks.",
      absent: 'Enabled',
    });
  },
});
