import { describe, expect, it } from 'vitest';
import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { parseExpression } from './expressions.js';
import { looksLikeArm } from './parse.js';
import { parseArmTemplate } from './template.js';

const SCHEMA = 'https://schema.management.azure.com/schemas/2019-04-01/deploymentTemplate.json#';

const TEMPLATE = `{
  "$schema": "${SCHEMA}",
  "contentVersion": "1.0.0.0",
  // ARM accepts comments and trailing commas.
  "parameters": {
    "prefix": { "type": "string", "defaultValue": "phi" },
    "allowPublic": { "type": "bool", "defaultValue": false },
    "env": { "type": "string" },
  },
  "variables": {
    "storageName": "[toLower(concat(parameters('prefix'), 'records'))]",
    "subnets": ["a", "b"],
    "copy": [ { "name": "rules", "count": 2, "input": { "port": "[add(8000, copyIndex('rules'))]" } } ]
  },
  "resources": [
    {
      "type": "Microsoft.Storage/storageAccounts",
      "apiVersion": "2023-01-01",
      "name": "[variables('storageName')]",
      "location": "[resourceGroup().location]",
      "kind": "StorageV2",
      "sku": { "name": "Standard_GRS" },
      "tags": { "phi": "true", "env": "[parameters('env')]" },
      "properties": {
        "minimumTlsVersion": "TLS1_2",
        "allowBlobPublicAccess": "[parameters('allowPublic')]",
        "supportsHttpsTrafficOnly": true,
        "encryption": { "keySource": "[if(equals(parameters('prefix'), 'phi'), 'Microsoft.Keyvault', 'Microsoft.Storage')]" },
        "literal": "[[not an expression]"
      },
      "resources": [
        { "type": "blobServices", "apiVersion": "2023-01-01", "name": "default",
          "properties": { "deleteRetentionPolicy": { "enabled": true, "days": 7 } } }
      ]
    },
    {
      "type": "Microsoft.Network/networkSecurityGroups",
      "apiVersion": "2023-05-01",
      "name": "[concat('nsg-', variables('subnets')[copyIndex()])]",
      "copy": { "name": "nsgs", "count": "[length(variables('subnets'))]" },
      "properties": {
        "securityRules": "[variables('rules')]",
        "copy": [ { "name": "extra", "count": 1, "input": { "name": "[concat('r', copyIndex('extra', 1))]" } } ]
      }
    },
    {
      "condition": "[parameters('allowPublic')]",
      "type": "Microsoft.Network/publicIPAddresses",
      "apiVersion": "2023-05-01",
      "name": "never"
    },
    {
      "type": "Microsoft.Insights/diagnosticSettings",
      "apiVersion": "2021-05-01-preview",
      "scope": "[resourceId('Microsoft.Storage/storageAccounts', variables('storageName'))]",
      "name": "audit",
      "properties": {
        "storageAccountId": "[resourceId('Microsoft.Storage/storageAccounts', variables('storageName'))]",
        "workspaceKey": "[listKeys(resourceId('Microsoft.OperationalInsights/workspaces', 'w'), '2020-08-01').primarySharedKey]",
        "unique": "[uniqueString(resourceGroup().id)]"
      }
    },
    {
      "type": "Microsoft.Resources/deployments",
      "apiVersion": "2022-09-01",
      "name": "linked",
      "properties": { "mode": "Incremental", "templateLink": { "uri": "https://example.com/t.json" } }
    }
  ]
}`;

describe('ARM expressions', () => {
  it.each([
    ["[concat('a', 'b')]", { kind: 'call', name: 'concat', args: [{ kind: 'string', value: 'a' }, { kind: 'string', value: 'b' }] }],
    ["[parameters('it''s')]", { kind: 'call', name: 'parameters', args: [{ kind: 'string', value: "it's" }] }],
    ["[reference('x').properties.y[0]]", {
      kind: 'index',
      target: { kind: 'member', target: { kind: 'member', target: { kind: 'call', name: 'reference', args: [{ kind: 'string', value: 'x' }] }, name: 'properties' }, name: 'y' },
      index: { kind: 'number', value: 0 },
    }],
    ['[ns.fn(-1)]', { kind: 'call', name: 'ns.fn', args: [{ kind: 'number', value: -1 }] }],
  ])('%s', (src, tree) => {
    expect(parseExpression(src)).toEqual(tree);
  });

  it.each(["[concat('a'", "[foo(]", "['unterminated]"])('%s is malformed', (src) => {
    expect(() => parseExpression(src)).toThrow();
  });
});

describe('parseArmTemplate', () => {
  it('recognises ARM templates by their schema', () => {
    expect(looksLikeArm(TEMPLATE)).toBe(true);
    expect(looksLikeArm('{"Resources": {}}')).toBe(false);
  });

  it('evaluates parameters, variables, copy loops, child resources and references', () => {
    const { resources, problems } = parseArmTemplate('infra/main.json', TEMPLATE, { env: 'prod' });
    expect(resources.map((r) => [r.type, r.name])).toEqual([
      ['Microsoft.Storage/storageAccounts', 'phirecords'],
      ['Microsoft.Storage/storageAccounts/blobServices', 'phirecords/default'],
      ['Microsoft.Network/networkSecurityGroups', 'nsg-a'],
      ['Microsoft.Network/networkSecurityGroups', 'nsg-b'],
      ['Microsoft.Insights/diagnosticSettings', 'audit'],
    ]);
    const [sa, blob, nsg, , diag] = resources;
    expect(sa).toMatchObject({
      apiVersion: '2023-01-01',
      exists: true,
      kind: 'StorageV2',
      sku: { name: 'Standard_GRS' },
      tags: { phi: 'true', env: 'prod' },
      location: unknown("the resource group's location is known only at deployment"),
      properties: {
        minimumTlsVersion: 'TLS1_2',
        allowBlobPublicAccess: false,
        encryption: { keySource: 'Microsoft.Keyvault' },
        literal: '[not an expression]',
      },
      position: { line: 16, column: 5 },
      refs: [iacRef('infra/main.json', 'microsoft.storage/storageaccounts/phirecords')],
    });
    expect(blob!.properties).toEqual({ deleteRetentionPolicy: { enabled: true, days: 7 } });
    expect(nsg!.properties).toEqual({ securityRules: [{ port: 8000 }, { port: 8001 }], extra: [{ name: 'r1' }] });
    // resourceId() names the storage account by the same token its refs hold.
    expect((diag!.properties as Record<string, unknown>).storageAccountId).toBe(sa!.refs[0]);
    expect(diag!.properties).toMatchObject({
      workspaceKey: unknown('listkeys() (a secret or key listed at deployment) is known only at deployment'),
      unique: unknown('uniquestring() is known only at deployment'),
    });
    expect(problems).toEqual([
      { source: 'infra/main.json', line: 63, column: 5, message: 'nested deployment linked: its template is not expanded; its resources were not assessed' },
    ]);
  });

  it('leaves what a missing parameter decides unknown', () => {
    const { resources } = parseArmTemplate('t.json', TEMPLATE);
    expect(resources[0]!.tags).toEqual({ phi: 'true', env: unknown('parameter env has no value') });
  });

  it('reports syntax errors with their line, and unknowable copy counts', () => {
    expect(parseArmTemplate('bad.json', `{\n  "$schema": "${SCHEMA}",\n  "resources": [ { ] \n}`).problems).toEqual([
      { source: 'bad.json', line: 3, column: 20, message: 'invalid JSON: PropertyNameExpected' },
    ]);
    const loop = parseArmTemplate('loop.json', JSON.stringify({
      $schema: SCHEMA,
      parameters: { n: { type: 'int' } },
      resources: [{ type: 'Microsoft.Compute/disks', name: 'd', copy: { name: 'c', count: "[parameters('n')]" } }],
    }));
    expect(loop.resources).toEqual([]);
    expect(loop.problems).toEqual([{ source: 'loop.json', line: 1, column: 141, message: 'copy loop c: its count is not known (parameter n has no value); its resources were not assessed' }]);
  });

  it('reads languageVersion 2.0 templates with symbolic names, as Bicep emits them', () => {
    const { resources } = parseArmTemplate('bicep.json', JSON.stringify({
      $schema: SCHEMA,
      languageVersion: '2.0',
      resources: {
        vault: { type: 'Microsoft.KeyVault/vaults', apiVersion: '2023-07-01', name: 'phi-kv', properties: { enablePurgeProtection: true } },
        key: { type: 'Microsoft.KeyVault/vaults/keys', apiVersion: '2023-07-01', name: 'phi-kv/cmk', properties: { rotationPolicy: { attributes: { expiryTime: 'P1Y' } } } },
      },
    }));
    expect(resources.map((r) => [r.symbolicName, r.type, r.name])).toEqual([
      ['vault', 'Microsoft.KeyVault/vaults', 'phi-kv'],
      ['key', 'Microsoft.KeyVault/vaults/keys', 'phi-kv/cmk'],
    ]);
    expect(resources[0]!.refs).toEqual([iacRef('bicep.json', 'microsoft.keyvault/vaults/phi-kv'), iacRef('bicep.json', 'vault')]);
  });
});
