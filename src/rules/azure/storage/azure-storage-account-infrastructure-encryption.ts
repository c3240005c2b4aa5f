import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-infrastructure-encryption',
    title: "Storage account double-encrypts at the infrastructure layer",
    severity: 'low',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['storage-account-infrastructure-encryption'],
    rationale:
      "Infrastructure encryption adds a second, independent layer of AES-256 encryption with a different key, so a flaw in one algorithm or key does not expose PHI at rest. It can only be chosen when the account is created.",
    remediation: {
      text: 'Infrastructure encryption can only be chosen when the account is created: create a new account with requireInfrastructureEncryption set to true and move the data.',
      cli: "az storage account create --name ACCOUNT --resource-group RG --require-infrastructure-encryption  # only at creation",
      bicep: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  // ...\n  properties: {\n    encryption: {\n      requireInfrastructureEncryption: true\n    }\n  }\n}",
      terraform: "resource \"azurerm_storage_account\" \"phi\" {\n  # ...\n  infrastructure_encryption_enabled = true # forces a new account\n}",
    },
  },
  evaluate(resource) {
    // absent: off.
    return judgeArm(resource.props, 'encryption.requireInfrastructureEncryption', (v) => v === true, {
      pass: "Data is encrypted twice, at the service and at the infrastructure layer.",
      fail: "Data is encrypted once, at the service layer only.",
      absent: false,
    });
  },
});
