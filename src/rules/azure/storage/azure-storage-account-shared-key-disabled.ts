import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-shared-key-disabled',
    title: "Storage account refuses Shared Key authorization",
    severity: 'medium',
    hipaa: ['164.312(d)', '164.312(a)(1)'],
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['storage-shared-key-disabled'],
    rationale:
      "An account key grants full access to every blob, file and queue with no identity attached, so reads of PHI cannot be traced to a person. Refusing Shared Key forces Entra ID authorization, which names the caller in the logs and can be revoked per identity.",
    remediation: {
      text: 'Move every client to Microsoft Entra ID authorization (managed identities, user delegation SAS), then set allowSharedKeyAccess to false.',
      cli: "az storage account update --name ACCOUNT --resource-group RG --allow-shared-key-access false",
      bicep: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  // ...\n  properties: {\n    allowSharedKeyAccess: false\n  }\n}",
      terraform: "resource \"azurerm_storage_account\" \"phi\" {\n  # ...\n  shared_access_key_enabled = false\n}",
    },
  },
  evaluate(resource) {
    // absent: Shared Key is allowed by default.
    return judgeArm(resource.props, 'allowSharedKeyAccess', (v) => v === false, {
      pass: "Requests must be authorized with Microsoft Entra ID; account keys are refused.",
      fail: "Requests signed with the account keys (or SAS tokens made from them) are accepted.",
      absent: true,
    });
  },
});
