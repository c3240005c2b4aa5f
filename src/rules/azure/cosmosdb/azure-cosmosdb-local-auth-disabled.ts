import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-cosmosdb-local-auth-disabled',
    title: "Cosmos DB account refuses key-based authentication",
    severity: 'medium',
    hipaa: ['164.312(d)', '164.312(a)(1)'],
    resourceTypes: ['Microsoft.DocumentDB/databaseAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['cosmosdb-local-auth-disabled'],
    rationale:
      "A Cosmos DB primary key reads and writes every document, and its use cannot be traced to a person. Disabling local auth forces Entra ID and data-plane RBAC.",
    remediation: {
      text: "Move clients to Entra ID with Cosmos DB data-plane role assignments, then set disableLocalAuth to true.",
      cli: "az cosmosdb update --name ACCOUNT --resource-group RG --disable-key-based-metadata-write-access true  # and set disableLocalAuth via az resource update",
      bicep: "resource r 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {\n  // ...\n  properties: {\n    disableLocalAuth: true\n  }\n}",
      terraform: "resource \"azurerm_cosmosdb_account\" \"db\" {\n  # ...\n  local_authentication_disabled = true\n}",
    },
  },
  evaluate(resource) {
    // absent means false.
    return judgeArm(resource.props, 'disableLocalAuth', (v) => v === true, {
      pass: "Only Microsoft Entra identities with data-plane roles can read data; account keys are refused.",
      fail: "Account keys grant full data access with no identity attached.",
      absent: false,
    });
  },
});
