import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-acr-admin-user-disabled',
    title: "Container registry has the admin user disabled",
    severity: 'medium',
    hipaa: ['164.312(d)', '164.312(a)(1)'],
    resourceTypes: ['Microsoft.ContainerRegistry/registries'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['acr-admin-user-disabled'],
    rationale:
      "The admin user is a single shared credential with push and pull rights on every repository, so images that process PHI can be replaced by anyone who has it.",
    remediation: {
      text: "Use Entra identities or repository-scoped tokens, then set adminUserEnabled to false.",
      cli: "az acr update --name REGISTRY --admin-enabled false",
      bicep: "resource r 'Microsoft.ContainerRegistry/registries@2023-07-01' = {\n  // ...\n  properties: {\n    adminUserEnabled: false\n  }\n}",
      terraform: "resource \"azurerm_container_registry\" \"r\" {\n  # ...\n  admin_enabled = false\n}",
    },
  },
  evaluate(resource) {
    // absent means false.
    return judgeArm(resource.props, 'adminUserEnabled', (v) => v === false, {
      pass: "The shared admin user is disabled.",
      fail: "The shared admin user is enabled: one password pushes and pulls every image.",
      absent: false,
    });
  },
});
