import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectIac } from '../index.js';

const ARM = JSON.stringify(
  {
    $schema: 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#',
    contentVersion: '1.0.0.0',
    parameters: { location: { type: 'string', defaultValue: 'eastus2' } },
    resources: [
      {
        type: 'Microsoft.Storage/storageaccounts',
        apiVersion: '2023-01-01',
        name: 'phirecords',
        location: "[parameters('location')]",
        kind: 'StorageV2',
        sku: { name: 'Standard_GRS' },
        tags: { 'data-classification': 'phi' },
        properties: { minimumTlsVersion: 'TLS1_0', publicNetworkAccess: 'Enabled' },
      },
      { type: 'Microsoft.Web/staticSites', apiVersion: '2022-09-01', name: 'site', location: 'eastus2', properties: {} },
    ],
  },
  null,
  2,
);

describe('ARM templates in a scan', () => {
  it('become Azure resources in ARM shape; Bicep sources are reported, not skipped', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'phiguard-arm-'));
    writeFileSync(join(dir, 'main.json'), ARM);
    writeFileSync(join(dir, 'main.bicep'), "resource sa 'Microsoft.Storage/storageAccounts@2023-01-01' = {}\n");
    const path = dir.split(sep).join('/');
    const result = await collectIac([dir], { params: { location: 'westus3' } });
    expect(result.files.arm).toBe(1);
    expect(result.problems).toEqual([
      { source: `${path}/main.bicep`, message: 'Bicep source is not read: compile it with `az bicep build` and scan the JSON it writes; its resources were not assessed' },
    ]);
    // The static site is not a modelled type; the storage account's casing is made canonical.
    expect(result.resources).toEqual([
      {
        provider: 'azure',
        type: 'Microsoft.Storage/storageAccounts',
        id: `${path}/main.json#Microsoft.Storage/storageAccounts/phirecords`,
        name: 'phirecords',
        account: unknown('the subscription is chosen at deployment'),
        region: 'westus3',
        tags: { 'data-classification': 'phi' },
        props: {
          properties: { minimumTlsVersion: 'TLS1_0', publicNetworkAccess: 'Enabled' },
          location: 'westus3',
          kind: 'StorageV2',
          sku: { name: 'Standard_GRS' },
          identity: null,
          apiVersion: '2023-01-01',
        },
        origin: { kind: 'iac', format: 'arm', file: `${path}/main.json`, line: 11, column: 5, address: 'Microsoft.Storage/storageAccounts/phirecords' },
        refs: [expect.stringMatching(/^ref:.*#microsoft\.storage\/storageaccounts\/phirecords$/)],
      },
    ]);
  });
});
