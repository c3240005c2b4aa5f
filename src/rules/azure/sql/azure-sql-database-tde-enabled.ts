import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-sql-database-tde-enabled',
    title: "Azure SQL database has transparent data encryption on",
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['Microsoft.Sql/servers/databases/transparentDataEncryption'],
    sources: ['arm', 'terraform'],
    covers: ['sql-database-tde-enabled'],
    rationale:
      "Transparent data encryption encrypts the database files, transaction log and backups at rest. It is on by default for new databases; turning it off leaves PHI readable to anyone who obtains the files or a backup.",
    remediation: {
      text: "Set the database transparent data encryption state to Enabled.",
      cli: "az sql db tde set --server SERVER --database DB --resource-group RG --status Enabled",
      bicep: "resource r 'Microsoft.Sql/servers/databases/transparentDataEncryption@2023-05-01-preview' = {\n  // ...\n  properties: {\n    state: 'Enabled'\n  }\n}",
      terraform: "resource \"azurerm_mssql_database\" \"db\" {\n  # ...\n  transparent_data_encryption_enabled = true\n}",
    },
  },
  evaluate(resource) {
    // absent means 'Enabled'.
    return judgeArm(resource.props, 'state', (v) => armIs(v, 'Enabled'), {
      pass: "Transparent data encryption is on.",
      fail: "Transparent data encryption is off: data files, logs and backups are stored unencrypted.",
      absent: 'Enabled',
    });
  },
});
