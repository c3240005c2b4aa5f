import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-app-service-min-tls12',
    title: "App Service app requires TLS 1.2 or later",
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['Microsoft.Web/sites'],
    sources: ['arm', 'terraform'],
    covers: ['app-service-min-tls12'],
    rationale:
      "TLS 1.0 and 1.1 are deprecated and weaken transmission security for PHI sent to the app. App Service defaults to 1.2 for new apps; an explicit lower setting undoes that.",
    remediation: {
      text: "Set siteConfig.minTlsVersion to 1.2.",
      cli: "az webapp config set --name APP --resource-group RG --min-tls-version 1.2",
      bicep: "resource r 'Microsoft.Web/sites@2023-01-01' = {\n  // ...\n  properties: {\n    siteConfig: {\n      minTlsVersion: '1.2'\n    }\n  }\n}",
      terraform: "resource \"azurerm_linux_web_app\" \"app\" {\n  # ...\n  site_config {\n    minimum_tls_version = \"1.2\"\n  }\n}",
    },
  },
  evaluate(resource) {
    // absent means '1.2'.
    return judgeArm(resource.props, 'siteConfig.minTlsVersion', (v) => v === '1.2' || v === '1.3', {
      pass: "Clients must use TLS 1.2 or later.",
      fail: "Clients may connect with TLS 1.0 or 1.1.",
      absent: '1.2',
    });
  },
});
