import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-aks-local-accounts-disabled',
    title: "AKS cluster has local accounts disabled",
    severity: 'high',
    hipaa: ['164.312(d)', '164.312(a)(1)'],
    resourceTypes: ['Microsoft.ContainerService/managedClusters'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['aks-local-accounts-disabled'],
    rationale:
      "The local cluster-admin credential never expires and is not tied to a person, so access to workloads handling PHI cannot be attributed or revoked per user.",
    remediation: {
      text: "Enable Entra ID integration with Kubernetes RBAC, then set disableLocalAccounts to true.",
      cli: "az aks update --name CLUSTER --resource-group RG --disable-local-accounts",
      bicep: "resource r 'Microsoft.ContainerService/managedClusters@2024-02-01' = {\n  // ...\n  properties: {\n    disableLocalAccounts: true\n  }\n}",
      terraform: "resource \"azurerm_kubernetes_cluster\" \"c\" {\n  # ...\n  local_account_disabled = true\n}",
    },
  },
  evaluate(resource) {
    // absent means false.
    return judgeArm(resource.props, 'disableLocalAccounts', (v) => v === true, {
      pass: "Only Microsoft Entra identities can get cluster credentials.",
      fail: "The static cluster-admin kubeconfig is available, bypassing Entra ID and its audit.",
      absent: false,
    });
  },
});
