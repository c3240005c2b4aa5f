import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-aks-rbac-enabled',
    title: "AKS cluster enforces Kubernetes RBAC",
    severity: 'high',
    hipaa: ['164.312(a)(1)'],
    resourceTypes: ['Microsoft.ContainerService/managedClusters'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['aks-rbac-enabled'],
    rationale:
      "Without RBAC every identity that can authenticate to the cluster can read every secret and pod, including those handling PHI.",
    remediation: {
      text: "Kubernetes RBAC can only be set at creation: create the cluster with RBAC enabled and move the workloads.",
      cli: "az aks create --name CLUSTER --resource-group RG --enable-aad --enable-azure-rbac  # at creation",
      bicep: "resource r 'Microsoft.ContainerService/managedClusters@2024-02-01' = {\n  // ...\n  properties: {\n    enableRBAC: true\n  }\n}",
      terraform: "resource \"azurerm_kubernetes_cluster\" \"c\" {\n  # ...\n  role_based_access_control_enabled = true\n}",
    },
  },
  evaluate(resource) {
    // absent means true.
    return judgeArm(resource.props, 'enableRBAC', (v) => v === true, {
      pass: "Kubernetes RBAC is enabled.",
      fail: "Kubernetes RBAC is disabled: any authenticated user has full access.",
      absent: true,
    });
  },
});
