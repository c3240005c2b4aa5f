import { armIs, judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-app-service-ftp-disabled',
    title: "App Service app refuses plain FTP deployment",
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(a)(1)'],
    resourceTypes: ['Microsoft.Web/sites'],
    sources: ['arm', 'terraform'],
    covers: ['app-service-ftp-disabled'],
    rationale:
      "FTP sends the deployment credentials and the application files unencrypted; whoever captures them can change the code that handles PHI.",
    remediation: {
      text: "Set siteConfig.ftpsState to Disabled (or FtpsOnly if FTP deployment is still needed).",
      cli: "az webapp config set --name APP --resource-group RG --ftps-state Disabled",
      bicep: "resource r 'Microsoft.Web/sites@2023-01-01' = {\n  // ...\n  properties: {\n    siteConfig: {\n      ftpsState: 'Disabled'\n    }\n  }\n}",
      terraform: "resource \"azurerm_linux_web_app\" \"app\" {\n  # ...\n  site_config {\n    ftps_state = \"Disabled\"\n  }\n}",
    },
  },
  evaluate(resource) {
    // absent means 'AllAllowed'.
    return judgeArm(resource.props, 'siteConfig.ftpsState', (v) => armIs(v, 'Disabled') || armIs(v, 'FtpsOnly'), {
      pass: "Plain FTP is refused (FTPS only, or FTP disabled).",
      fail: "Plain FTP is allowed: deployment credentials and files cross the network in clear text.",
      absent: 'AllAllowed',
    });
  },
});
