import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-sql-entra-only-authentication',
    title: "Azure SQL server accepts Microsoft Entra authentication only",
    severity: 'medium',
    hipaa: ['164.312(d)', '164.312(a)(1)'],
    resourceTypes: ['Microsoft.Sql/servers/azureADOnlyAuthentications'],
    sources: ['arm', 'terraform'],
    covers: ['sql-entra-only-authentication'],
    rationale:
      "SQL logins are shared passwords outside your identity provider: no MFA, no Conditional Access, no joiner-mover-leaver process. Entra-only authentication ties every session to a managed identity.",
    remediation: {
      text: "Create Entra users or groups for every application and person, then turn on Microsoft Entra-only authentication.",
      cli: "az sql server ad-only-auth enable --name SERVER --resource-group RG",
      bicep: "resource r 'Microsoft.Sql/servers/azureADOnlyAuthentications@2023-05-01-preview' = {\n  // ...\n  properties: {\n    azureADOnlyAuthentication: true\n  }\n}",
      terraform: "resource \"azurerm_mssql_server\" \"sql\" {\n  # ...\n  azuread_administrator {\n    login_username              = \"sql-admins\"\n    object_id                   = var.sql_admins_group_id\n    azuread_authentication_only = true\n  }\n}",
    },
  },
  evaluate(resource) {
    // absent means false.
    return judgeArm(resource.props, 'azureADOnlyAuthentication', (v) => v === true, {
      pass: "Only Microsoft Entra identities can sign in; SQL logins are refused.",
      fail: "SQL logins with passwords can sign in alongside Entra identities.",
      absent: false,
    });
  },
});
