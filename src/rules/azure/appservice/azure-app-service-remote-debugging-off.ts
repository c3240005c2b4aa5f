import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-app-service-remote-debugging-off',
    title: "App Service app has remote debugging off",
    severity: 'medium',
    hipaa: ['164.312(a)(1)'],
    resourceTypes: ['Microsoft.Web/sites'],
    sources: ['arm', 'terraform'],
    covers: ['app-service-remote-debugging-off'],
    rationale:
      "Remote debugging opens inbound ports and gives a debugger access to the memory of a running app, PHI included. It should only be on briefly, never left on.",
    remediation: {
      text: "Set siteConfig.remoteDebuggingEnabled to false.",
      cli: "az webapp config set --name APP --resource-group RG --remote-debugging-enabled false",
      bicep: "resource r 'Microsoft.Web/sites@2023-01-01' = {\n  // ...\n  properties: {\n    siteConfig: {\n      remoteDebuggingEnabled: false\n    }\n  }\n}",
      terraform: "resource \"azurerm_linux_web_app\" \"app\" {\n  # ...\n  site_config {\n    remote_debugging_enabled = false\n  }\n}",
    },
  },
  evaluate(resource) {
    // absent means false.
    return judgeArm(resource.props, 'siteConfig.remoteDebuggingEnabled', (v) => v === false, {
      pass: "Remote debugging is off.",
      fail: "Remote debugging is on, opening extra ports into a running app that handles PHI.",
      absent: false,
    });
  },
});
