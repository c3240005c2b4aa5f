import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-vm-encryption-at-host',
    title: "Virtual machine encrypts temp disks and caches at the host",
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['Microsoft.Compute/virtualMachines', 'Microsoft.Compute/virtualMachineScaleSets'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['vm-encryption-at-host'],
    rationale:
      "Managed disks are encrypted at rest, but the temporary disk and the OS and data disk caches on the host are not unless encryption at host is on; PHI written to temp storage or cached ends up there.",
    remediation: {
      text: "Register the EncryptionAtHost feature, deallocate the VM and set securityProfile.encryptionAtHost to true.",
      cli: "az vm update --name VM --resource-group RG --set securityProfile.encryptionAtHost=true",
      bicep: "resource r 'Microsoft.Compute/virtualMachines@2024-03-01' = {\n  // ...\n  properties: {\n    securityProfile: {\n      encryptionAtHost: true\n    }\n  }\n}",
      terraform: "resource \"azurerm_linux_virtual_machine\" \"vm\" {\n  # ...\n  encryption_at_host_enabled = true\n}",
    },
  },
  evaluate(resource) {
    // absent means false. A scale set keeps the setting in its VM profile, as ARM and Resource Graph give it.
    const path = resource.type === 'Microsoft.Compute/virtualMachineScaleSets' ? 'virtualMachineProfile.securityProfile.encryptionAtHost' : 'securityProfile.encryptionAtHost';
    return judgeArm(resource.props, path, (v) => v === true, {
      pass: "Encryption at host covers temp disks and disk caches.",
      fail: "Temp disks and disk caches on the host are not encrypted.",
      absent: false,
    });
  },
});
