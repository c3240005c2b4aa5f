import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-redis-ssl-only',
    title: "Azure Cache for Redis accepts TLS connections only",
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['Microsoft.Cache/redis'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['redis-ssl-only'],
    rationale:
      "Caches often hold session data and query results containing PHI. The non-TLS port carries them and the access key in clear text.",
    remediation: {
      text: "Set enableNonSslPort to false and point clients at port 6380 with TLS.",
      cli: "az redis update --name CACHE --resource-group RG --set enableNonSslPort=false",
      bicep: "resource r 'Microsoft.Cache/redis@2023-08-01' = {\n  // ...\n  properties: {\n    enableNonSslPort: false\n  }\n}",
      terraform: "resource \"azurerm_redis_cache\" \"r\" {\n  # ...\n  non_ssl_port_enabled = false # enable_non_ssl_port in azurerm v3\n}",
    },
  },
  evaluate(resource) {
    // absent means false.
    return judgeArm(resource.props, 'enableNonSslPort', (v) => v === false, {
      pass: "The non-TLS port is closed.",
      fail: "The non-TLS port 6379 is open: cached PHI can cross the network unencrypted.",
      absent: false,
    });
  },
});
