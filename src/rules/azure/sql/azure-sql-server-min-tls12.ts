import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-sql-server-min-tls12',
    title: "Azure SQL server requires TLS 1.2 or later",
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['Microsoft.Sql/servers'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['sql-server-min-tls12'],
    rationale:
      "Queries and results carry PHI between applications and the database. Without a minimum TLS version the server accepts deprecated protocol versions that weaken transmission security.",
    remediation: {
      text: "Set minimalTlsVersion to 1.2 on the logical server after checking that no client needs an older version.",
      cli: "az sql server update --name SERVER --resource-group RG --minimal-tls-version 1.2",
      bicep: "resource r 'Microsoft.Sql/servers@2023-05-01-preview' = {\n  // ...\n  properties: {\n    minimalTlsVersion: '1.2'\n  }\n}",
      terraform: "resource \"azurerm_mssql_server\" \"sql\" {\n  # ...\n  minimum_tls_version = \"1.2\"\n}",
    },
  },
  evaluate(resource) {
    // absent means 'None'.
    return judgeArm(resource.props, 'minimalTlsVersion', (v) => v === '1.2' || v === '1.3', {
      pass: "Connections must use TLS 1.2 or later.",
      fail: "Connections may use TLS 1.0 or 1.1, or any version the client asks for.",
      absent: 'None',
    });
  },
});
