import { judgeArm } from '../../../analysis/azure-arm.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'azure-disk-cmk-encryption',
    title: "Managed disk encrypts with a customer-managed key",
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['Microsoft.Compute/disks'],
    sources: ['arm', 'live', 'terraform'],
    covers: ['managed-disk-cmk-encryption', 'gap-azure-phi-cmk-rotation'],
    rationale:
      "A customer-managed key lets you rotate and revoke access to disks holding PHI, and their snapshots; a platform key cannot be revoked by you.",
    remediation: {
      text: "Create a disk encryption set backed by a Key Vault key and set the disk encryption type to EncryptionAtRestWithCustomerKey.",
      cli: "az disk update --name DISK --resource-group RG --encryption-type EncryptionAtRestWithCustomerKey --disk-encryption-set DES_ID",
      bicep: "resource r 'Microsoft.Compute/disks@2023-10-02' = {\n  // ...\n  properties: {\n    encryption: {\n      type: 'EncryptionAtRestWithCustomerKey'\n      diskEncryptionSetId: des.id\n    }\n  }\n}",
      terraform: "resource \"azurerm_managed_disk\" \"d\" {\n  # ...\n  disk_encryption_set_id = azurerm_disk_encryption_set.phi.id\n}",
    },
  },
  evaluate(resource) {
    // absent means 'EncryptionAtRestWithPlatformKey'.
    return judgeArm(resource.props, 'encryption.type', (v) => typeof v === 'string' && /CustomerKey/i.test(v), {
      pass: "The disk is encrypted with a customer-managed key through a disk encryption set.",
      fail: "The disk is encrypted only with a platform-managed key.",
      absent: 'EncryptionAtRestWithPlatformKey',
    });
  },
});
