import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-storage-account-min-tls12',
    title: "Storage account requires TLS 1.2 or later",
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['Microsoft.Storage/storageAccounts'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['storage-account-min-tls12'],
    rationale:
      "TLS 1.0 and 1.1 have known weaknesses and are deprecated; a storage account holding PHI should refuse them. When the template does not set minimumTlsVersion, the effective minimum depends on the API version and account age, so phiguard asks for it to be stated.",
    remediation: {
      text: 'Set minimumTlsVersion to TLS1_2, after checking that no client still connects with TLS 1.0 or 1.1.',
      cli: "az storage account update --name ACCOUNT --resource-group RG --min-tls-version TLS1_2",
      bicep: "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {\n  // ...\n  properties: {\n    minimumTlsVersion: 'TLS1_2'\n  }\n}",
      terraform: "resource \"azurerm_storage_account\" \"phi\" {\n  # ...\n  min_tls_version = \"TLS1_2\"\n}",
    },
  },
  evaluate(resource) {
    // absent: treated as TLS1_0, the oldest default.
    return judgeArm(resource.props, 'minimumTlsVersion', (v) => armIs(v, 'TLS1_2') || armIs(v, 'TLS1_3'), {
      pass: "Clients must use TLS 1.2 or later.",
      fail: "Clients may connect with TLS 1.0 or 1.1, protocols with known weaknesses.",
      absent: 'TLS1_0',
    });
  },
});
