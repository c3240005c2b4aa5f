import type { Resource } from '../../../../model/resource.js';
import { isUnknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { bool, optStr, str } from './attrs.js';
import { armProps, azureResourceOf, type Locations } from './azure-common.js';

export const COMPUTE_TYPES = [
  'azurerm_linux_virtual_machine',
  'azurerm_windows_virtual_machine',
  'azurerm_linux_virtual_machine_scale_set',
  'azurerm_windows_virtual_machine_scale_set',
  'azurerm_orchestrated_virtual_machine_scale_set',
  'azurerm_managed_disk',
];

const securityProfile = (d: Declared) => ({ encryptionAtHost: bool(d.attrs.encryption_at_host_enabled, false, 'encryption_at_host_enabled') });

export function buildVirtualMachine(d: Declared, locations?: Locations): Resource<'Microsoft.Compute/virtualMachines'> {
  return azureResourceOf(d, 'Microsoft.Compute/virtualMachines', armProps(d, locations, { securityProfile: securityProfile(d) }));
}

/** A scale set keeps its VMs' settings under `virtualMachineProfile`, as ARM does. */
export function buildScaleSet(d: Declared, locations?: Locations): Resource<'Microsoft.Compute/virtualMachineScaleSets'> {
  const sku = str(d.attrs.sku ?? d.attrs.sku_name, null, 'sku');
  return azureResourceOf(
    d,
    'Microsoft.Compute/virtualMachineScaleSets',
    armProps(d, locations, { virtualMachineProfile: { securityProfile: securityProfile(d) } }, { sku: sku === null || isUnknown(sku) ? sku : { name: sku } }),
  );
}

export function buildManagedDisk(d: Declared, locations?: Locations): Resource<'Microsoft.Compute/disks'> {
  const set = optStr(d.attrs.disk_encryption_set_id, 'disk_encryption_set_id');
  const encryption = isUnknown(set) ? set : set === null ? { type: 'EncryptionAtRestWithPlatformKey' } : { type: 'EncryptionAtRestWithCustomerKey', diskEncryptionSetId: set };
  const skuName = str(d.attrs.storage_account_type, null, 'storage_account_type');
  return azureResourceOf(d, 'Microsoft.Compute/disks', armProps(d, locations, { encryption }, { sku: skuName === null || isUnknown(skuName) ? skuName : { name: skuName } }));
}
