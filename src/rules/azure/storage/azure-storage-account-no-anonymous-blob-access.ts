import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-no-anonymous-blob-access',
    title: "Storage account does not allow anonymous blob access",
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.308(a)(3)(i)'],
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['storage-blob-anonymous-access-disabled'],
    rationale:
      "With allowBlobPublicAccess on, one container set to public exposes its blobs to anyone with the URL, with no authentication and no audit of who read them. Disallowing it at the account level makes that impossible for every container.",
    remediation: {
      text: 'Set allowBlobPublicAccess to false on the account; serve anything meant to be public from a separate account.',
      cli: "az storage account update --name ACCOUNT --resource-group RG --allow-blob-public-access false",
      bicep: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  // ...\n  properties: {\n    allowBlobPublicAccess: false\n  }\n}",
      terraform: "resource \"azurerm_storage_account\" \"phi\" {\n  # ...\n  allow_nested_items_to_be_public = false # the provider defaults to true\n}",
    },
  },
  evaluate(resource) {
    // absent: older API versions default to allowing it.
    return judgeArm(resource.props, 'allowBlobPublicAccess', (v) => v === false, {
      pass: "Anonymous (public) blob access is disallowed for the whole account.",
      fail: "Containers of this account can be made readable by anyone on the internet.",
      absent: true,
    });
  },
});
