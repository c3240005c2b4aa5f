import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-messaging-min-tls12',
    title: "Event Hubs and Service Bus namespaces require TLS 1.2 or later",
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['Microsoft.EventHub/namespaces', 'Microsoft.ServiceBus/namespaces'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['messaging-min-tls12'],
    rationale:
      "Messages and events often carry PHI between services; the namespace should refuse deprecated TLS versions.",
    remediation: {
      text: "Set minimumTlsVersion to 1.2 on the namespace.",
      cli: "az servicebus namespace update --name NS --resource-group RG --min-tls 1.2",
      bicep: "resource r 'Microsoft.ServiceBus/namespaces@2022-10-01-preview' = {\n  // ...\n  properties: {\n    minimumTlsVersion: '1.2'\n  }\n}",
      terraform: "resource \"azurerm_servicebus_namespace\" \"ns\" { # or azurerm_eventhub_namespace\n  # ...\n  minimum_tls_version = \"1.2\"\n}",
    },
  },
  evaluate(resource) {
    // absent means '1.0'.
    return judgeArm(resource.props, 'minimumTlsVersion', (v) => v === '1.2' || v === '1.3', {
      pass: "Clients must use TLS 1.2 or later.",
      fail: "Clients may connect with TLS 1.0 or 1.1.",
      absent: '1.0',
    });
  },
});
