import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-acr-public-network-disabled',
    title: "Container registry is not reachable from public networks",
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['Microsoft.ContainerRegistry/registries'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['acr-public-network-disabled'],
    rationale:
      "Images that process PHI should be pulled only from inside your networks; a public registry endpoint lets a leaked token be used from anywhere.",
    remediation: {
      text: "Create a private endpoint (Premium SKU), then set publicNetworkAccess to Disabled.",
      cli: "az acr update --name REGISTRY --public-network-enabled false",
      bicep: "resource r 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  // ...\n  properties: {\n    publicNetworkAccess: 'Disabled'\n  }\n}",
      terraform: "resource \"azurerm_container_registry\" \"r\" {\n  # ...\n  sku                           = \"Premium\"\n  public_network_access_enabled = false\n}",
    },
  },
  evaluate(resource) {
    // absent means 'Enabled'.
    return judgeArm(resource.props, 'publicNetworkAccess', (v) => armIs(v, 'Disabled'), {
      pass: "Public network access is disabled.",
      fail: "The registry accepts connections from public networks.",
      absent: 'Enabled',
    });
  },
});
