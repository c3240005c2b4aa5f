import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-redis-min-tls12',
    title: "Azure Cache for Redis requires TLS 1.2 or later",
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['Microsoft.Cache/redis'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['redis-min-tls12'],
    rationale:
      "TLS 1.0 and 1.1 are deprecated; a cache holding PHI should refuse them. Without the setting, older caches accept them.",
    remediation: {
      text: "Set minimumTlsVersion to 1.2.",
      cli: "az redis update --name CACHE --resource-group RG --set minimumTlsVersion=1.2",
      bicep: "resource r 'Microsoft.Cache/redis@2023-08-01' = {\n  // ...\n  properties: {\n    minimumTlsVersion: '1.2'\n  }\n}",
      terraform: "resource \"azurerm_redis_cache\" \"r\" {\n  # ...\n  minimum_tls_version = \"1.2\"\n}",
    },
  },
  evaluate(resource) {
    // absent means '1.0'.
    return judgeArm(resource.props, 'minimumTlsVersion', (v) => v === '1.2' || v === '1.3', {
      pass: "Clients must use TLS 1.2 or later.",
      fail: "Clients may connect with TLS 1.0 or 1.1.",
      absent: '1.0',
    });
  },
});
