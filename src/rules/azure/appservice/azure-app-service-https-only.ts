import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-app-service-https-only',
    title: "App Service app redirects HTTP to HTTPS",
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['Microsoft.Web/sites'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['app-service-https-only', 'gap-azure-function-app-hardened'],
    rationale:
      "A web app or function that serves plain HTTP lets PHI in requests and responses cross the network unencrypted. HTTPS-only redirects every request to TLS.",
    remediation: {
      text: "Set httpsOnly to true on the app and each deployment slot.",
      cli: "az webapp update --name APP --resource-group RG --https-only true",
      bicep: "resource r 'Microsoft.Web/sites@2023-01-01' = {\n  // ...\n  properties: {\n    httpsOnly: true\n  }\n}",
      terraform: "resource \"azurerm_linux_web_app\" \"app\" {\n  # ...\n  https_only = true\n}",
    },
  },
  evaluate(resource) {
    // absent means false.
    return judgeArm(resource.props, 'httpsOnly', (v) => v === true, {
      pass: "HTTP requests are redirected to HTTPS.",
      fail: "The app answers plain HTTP requests.",
      absent: false,
    });
  },
});
