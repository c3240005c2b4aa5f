import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-sql-server-auditing-enabled',
    title: "Azure SQL server auditing is on",
    severity: 'high',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['Microsoft.Sql/servers/auditingSettings'],
    sources: ['arm', 'terraform'],
    covers: ['sql-server-auditing-enabled'],
    rationale:
      "HIPAA audit controls require a record of who read and changed PHI. Server-level auditing records database events for every database on the server.",
    remediation: {
      text: "Enable server auditing to a Log Analytics workspace or a storage account with a retention of at least six years.",
      cli: "az sql server audit-policy update --name SERVER --resource-group RG --state Enabled --lats Enabled --lawri WORKSPACE_ID",
      bicep: "resource r 'Microsoft.Sql/servers/auditingSettings@2023-05-01-preview' = {\n  // ...\n  properties: {\n    state: 'Enabled'\n    isAzureMonitorTargetEnabled: true\n  }\n}",
      terraform: "resource \"azurerm_mssql_server_extended_auditing_policy\" \"audit\" {\n  server_id              = azurerm_mssql_server.sql.id\n  log_monitoring_enabled = true\n  retention_in_days      = 365\n}",
    },
  },
  evaluate(resource) {
    // absent means 'Disabled'.
    return judgeArm(resource.props, 'state', (v) => armIs(v, 'Enabled'), {
      pass: "Server auditing is enabled.",
      fail: "Server auditing is disabled: queries against PHI leave no audit trail.",
      absent: 'Disabled',
    });
  },
});
