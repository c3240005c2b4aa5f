import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-https-only',
    title: "Storage account accepts HTTPS requests only",
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(i)'],
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['storage-account-https-only'],
    rationale:
      "Blobs, files and queues of a PHI storage account travel over whatever protocol the client picks unless the account refuses plain HTTP. Requiring HTTPS guarantees transmission security for every request, including misconfigured clients.",
    remediation: {
      text: 'Set supportsHttpsTrafficOnly to true (the default since API version 2019-04-01; remove any false).',
      cli: "az storage account update --name ACCOUNT --resource-group RG --https-only true",
      bicep: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  // ...\n  properties: {\n    supportsHttpsTrafficOnly: true\n  }\n}",
      terraform: "resource \"azurerm_storage_account\" \"phi\" {\n  # ...\n  https_traffic_only_enabled = true # enable_https_traffic_only in azurerm v3\n}",
    },
  },
  evaluate(resource) {
    // absent: HTTPS-only is the default since API version 2019-04-01.
    return judgeArm(resource.props, 'supportsHttpsTrafficOnly', (v) => v === true, {
      pass: "Only HTTPS requests are accepted.",
      fail: "Plain HTTP requests are accepted, so PHI can cross the network unencrypted.",
      absent: true,
    });
  },
});
