import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-cosmosdb-continuous-backup',
    title: "Cosmos DB account uses continuous backup",
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)'],
    resourceTypes: ['Microsoft.DocumentDB/databaseAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['cosmosdb-continuous-backup'],
    rationale:
      "Continuous backup keeps a restorable history (7 or 30 days) you can restore yourself to any second, which the contingency plan needs after corruption or deletion of PHI.",
    remediation: {
      text: "Switch the account to continuous backup (the change cannot be undone).",
      cli: "az cosmosdb update --name ACCOUNT --resource-group RG --backup-policy-type Continuous",
      bicep: "resource r 'Microsoft.DocumentDB/databaseAccounts@2024-05-15' = {\n  // ...\n  properties: {\n    backupPolicy: {\n      type: 'Continuous'\n    }\n  }\n}",
      terraform: "resource \"azurerm_cosmosdb_account\" \"db\" {\n  # ...\n  backup {\n    type = \"Continuous\"\n  }\n}",
    },
  },
  evaluate(resource) {
    // absent means 'Periodic'.
    return judgeArm(resource.props, 'backupPolicy.type', (v) => armIs(v, 'Continuous'), {
      pass: "Continuous backup allows point-in-time restore.",
      fail: "Periodic backup only: data between backups can be lost, and restore needs a support request.",
      absent: 'Periodic',
    });
  },
});
