import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-cosmosdb-min-tls12',
    title: "Cosmos DB account requires TLS 1.2 or later",
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['Microsoft.DocumentDB/databaseAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['cosmosdb-min-tls12'],
    rationale:
      "Documents of a Cosmos DB account holding PHI travel over whatever TLS version the client negotiates unless the account sets a minimum; older accounts default to TLS 1.0.",
    remediation: {
      text: "Set minimalTlsVersion to Tls12.",
      cli: "az cosmosdb update --name ACCOUNT --resource-group RG --minimal-tls-version Tls12",
      bicep: "resource r 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {\n  // ...\n  properties: {\n    minimalTlsVersion: 'Tls12'\n  }\n}",
      terraform: "resource \"azurerm_cosmosdb_account\" \"db\" {\n  # ...\n  minimal_tls_version = \"Tls12\"\n}",
    },
  },
  evaluate(resource) {
    // absent means 'Tls'.
    return judgeArm(resource.props, 'minimalTlsVersion', (v) => armIs(v, 'Tls12') || armIs(v, 'Tls13'), {
      pass: "Clients must use TLS 1.2 or later.",
      fail: "Clients may connect with TLS 1.0 or 1.1.",
      absent: 'Tls',
    });
  },
});
