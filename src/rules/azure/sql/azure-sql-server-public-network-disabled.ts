import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-sql-server-public-network-disabled',
    title: "Azure SQL server is not reachable from public networks",
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['Microsoft.Sql/servers'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['sql-server-public-network-disabled', 'gap-azure-private-endpoints'],
    rationale:
      "A database of PHI reachable from the internet is one weak password or firewall rule away from exposure. With public access disabled only private endpoints in your networks can connect.",
    remediation: {
      text: "Create a private endpoint for the server in the networks its clients use, then set publicNetworkAccess to Disabled.",
      cli: "az sql server update --name SERVER --resource-group RG --enable-public-network false",
      bicep: "resource r 'Microsoft.Sql/servers@2023-05-01-preview' = {\n  // ...\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}",
      terraform: "resource \"azurerm_mssql_server\" \"sql\" {\n  # ...\n  public_network_access_enabled = false\n}",
    },
  },
  evaluate(resource) {
    // absent means 'Enabled'.
    return judgeArm(resource.props, 'publicNetworkAccess', (v) => armIs(v, 'Disabled'), {
      pass: "Public network access is disabled: clients connect through private endpoints.",
      fail: "The server accepts connections from public networks, limited only by its firewall rules.",
      absent: 'Enabled',
    });
  },
});
