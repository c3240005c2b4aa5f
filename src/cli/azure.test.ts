import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { AZURE_ACTIONS, azureRoleDefinition, RESOURCE_GRAPH_TYPES } from '../collect/azure/permissions.js';
import { main } from './main.js';

function capture() {
  const out: string[] = [];
  const err: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  vi.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('phiguard permissions azure', () => {
  it('prints the custom role with exactly the actions the collector declares', async () => {
    const { out } = capture();
    expect(await main(['permissions', 'azure'])).toBe(0);
    const role = JSON.parse(out.join(''));
    expect(role.Actions).toEqual(AZURE_ACTIONS);
    expect(role.Actions).toEqual(
      expect.arrayContaining([
        'Microsoft.ResourceGraph/resources/read',
        'Microsoft.Resources/subscriptions/read',
        'Microsoft.Insights/diagnosticSettings/read',
        'Microsoft.Storage/storageAccounts/read',
        'Microsoft.KeyVault/vaults/read',
      ]),
    );
    expect(role.Actions).toHaveLength(RESOURCE_GRAPH_TYPES.length + 3);
    expect(role.Actions.every((a: string) => a.endsWith('/read'))).toBe(true);
    expect(role).toMatchObject({ IsCustom: true, DataActions: [], NotActions: [] });
  });

  it('is the role the README shows (npm run docs)', () => {
    const readme = readFileSync('README.md', 'utf8');
    const block = /<!-- azure-role:start -->\n```json\n([\s\S]*?)\n```\n<!-- azure-role:end -->/.exec(readme);
    expect(block, 'azure-role block').not.toBeNull();
    expect(JSON.parse(block![1]!)).toEqual(azureRoleDefinition());
  });
});

describe('phiguard scan azure', () => {
  it('refuses a subscription that is not a GUID as a usage error, before any call', async () => {
    const { err } = capture();
    expect(await main(['scan', 'azure', '--subscription', 'prod'])).toBe(2);
    expect(err.join('')).toMatch(/not a subscription id/);
  });
});
