import { isUnknown } from '../../../model/unknown.js';
import { ev, fail, pass, unknownResult } from '../../result.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-app-service-managed-identity',
    title: "App Service app uses a managed identity",
    severity: 'low',
    hipaa: ['164.312(a)(1)', '164.312(d)'],
    resourceTypes: ['Microsoft.Web/sites'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['app-service-managed-identity', 'gap-azure-function-app-hardened'],
    rationale:
      "Without a managed identity an app reaches storage, databases and Key Vault with connection strings and keys kept in its settings. A managed identity replaces them with tokens that are never stored.",
    remediation: {
      text: "Give the app a system-assigned (or user-assigned) managed identity and grant it the roles it needs instead of keys.",
      cli: "az webapp identity assign --name APP --resource-group RG",
      bicep: "resource app 'Microsoft.Web/sites@2023-01-01' = {\n  // ...\n  identity: {\n    type: 'SystemAssigned'\n  }\n}",
      terraform: "resource \"azurerm_linux_web_app\" \"app\" {\n  # ...\n  identity {\n    type = \"SystemAssigned\"\n  }\n}",
    },
  },
  evaluate(resource) {
    const identity = resource.props.identity;
    if (isUnknown(identity)) return unknownResult('identity', identity);
    const type = identity && typeof identity.type === 'string' ? identity.type : 'None';
    const seen = ev('identity.type', type);
    return /assigned/i.test(type) ? pass("The app has a managed identity for reaching other Azure services.", seen) : fail("The app has no managed identity, so it reaches databases and storage with stored secrets.", seen);
  },
});
