import type { AzureResourceType } from '../../../../model/azure/index.js';
import type { AnyResource, Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { block, bool, optStr, str } from './attrs.js';
import { armProps, azureResourceOf, enabled, joinedBy, type Locations } from './azure-common.js';

export const SQL_TYPES = [
  'azurerm_mssql_server',
  'azurerm_mssql_server_transparent_data_encryption',
  'azurerm_mssql_server_extended_auditing_policy',
  'azurerm_mssql_database',
];

/** `azuread_authentication_only` of the `azuread_administrator` block; no block means SQL logins only. */
function entraOnly(d: Declared): Known<boolean> {
  const admin = block(d.attrs.azuread_administrator, 'azuread_administrator');
  if (admin === undefined) return false;
  if (isUnknown(admin)) return admin;
  return bool(admin.azuread_authentication_only, false, 'azuread_administrator.azuread_authentication_only');
}

/** The TDE protector a `azurerm_mssql_server_transparent_data_encryption` sets: a Key Vault or HSM key, else service-managed. */
function keyType(t: Declared): Known<string> {
  if (t.unknownReason) return unknown(t.unknownReason);
  const kv = optStr(t.attrs.key_vault_key_id, 'key_vault_key_id');
  const hsm = optStr(t.attrs.managed_hsm_key_id, 'managed_hsm_key_id');
  if (isUnknown(kv)) return kv;
  if (isUnknown(hsm)) return hsm;
  return kv !== null || hsm !== null ? 'AzureKeyVault' : 'ServiceManaged';
}

/**
 * `azurerm_mssql_server` as `Microsoft.Sql/servers`, plus the server settings ARM keeps in
 * child resources, one of each per server as Azure keeps them: the Entra-only switch (from
 * the `azuread_administrator` block), the TDE protector (from
 * `azurerm_mssql_server_transparent_data_encryption`, service-managed without one) and
 * server auditing (from `azurerm_mssql_server_extended_auditing_policy`, off without one).
 * A child resource whose server is not in the configuration stands on its own.
 */
export function buildSqlServers(servers: Declared[], tde: Declared[], auditing: Declared[], locations?: Locations): AnyResource[] {
  const out: AnyResource[] = [];
  const tdeOf = joinedBy(tde, servers, 'server_id');
  const auditOf = joinedBy(auditing, servers, 'server_id');
  /** A server setting ARM keeps in a child resource: declared by `owner`, on `server` when it is in the configuration. */
  const child = <T extends AzureResourceType>(owner: Declared, server: Declared | undefined, type: T, suffix: string | null, properties: Record<string, unknown>): Resource<T> => {
    const props = armProps(owner, undefined, properties);
    if (!owner.unknownReason) props.location = server ? armProps(server, locations, {}).location : unknown('the server is not in the configuration');
    return azureResourceOf(owner, type, props, suffix ? { id: `${owner.id}/${suffix}`, name: `${owner.address}/${suffix}` } : {});
  };
  for (const d of servers) {
    const a = d.attrs;
    const tls = str(a.minimum_tls_version, '1.2', 'minimum_tls_version');
    const properties: Record<string, unknown> = {
      version: str(a.version, null, 'version'),
      // v3 wrote "Disabled" for no minimum, ARM's "None".
      minimalTlsVersion: tls === 'Disabled' ? 'None' : tls,
      publicNetworkAccess: enabled(a.public_network_access_enabled, true, 'public_network_access_enabled'),
      administrators: { azureADOnlyAuthentication: entraOnly(d) },
    };
    out.push(azureResourceOf(d, 'Microsoft.Sql/servers', armProps(d, locations, properties)));
    out.push(child(d, d, 'Microsoft.Sql/servers/azureADOnlyAuthentications', 'azureADOnlyAuthentications/Default', { azureADOnlyAuthentication: entraOnly(d) }));
    const t = tdeOf.get(d)?.at(-1);
    out.push(t ? child(t, d, 'Microsoft.Sql/servers/encryptionProtector', null, { serverKeyType: keyType(t) }) : child(d, d, 'Microsoft.Sql/servers/encryptionProtector', 'encryptionProtector/current', { serverKeyType: 'ServiceManaged' }));
    const au = auditOf.get(d)?.at(-1);
    out.push(
      au
        ? child(au, d, 'Microsoft.Sql/servers/auditingSettings', null, { state: enabled(au.attrs.enabled, true, 'enabled') })
        : child(d, d, 'Microsoft.Sql/servers/auditingSettings', 'auditingSettings/default', { state: 'Disabled' }),
    );
  }
  const joined = new Set([...tdeOf.values(), ...auditOf.values()].flat());
  for (const t of tde) if (!joined.has(t)) out.push(child(t, undefined, 'Microsoft.Sql/servers/encryptionProtector', null, { serverKeyType: keyType(t) }));
  for (const au of auditing) if (!joined.has(au)) out.push(child(au, undefined, 'Microsoft.Sql/servers/auditingSettings', null, { state: enabled(au.attrs.enabled, true, 'enabled') }));
  return out;
}

/** `azurerm_mssql_database`'s `transparent_data_encryption_enabled` (default true) as ARM's TDE child. */
export function buildDatabaseTde(d: Declared): Resource<'Microsoft.Sql/servers/databases/transparentDataEncryption'> {
  const props = armProps(d, undefined, { state: enabled(d.attrs.transparent_data_encryption_enabled, true, 'transparent_data_encryption_enabled') });
  props.location = unknown('the server location is not in the configuration');
  return azureResourceOf(d, 'Microsoft.Sql/servers/databases/transparentDataEncryption', props, { id: `${d.id}/transparentDataEncryption/current`, name: `${d.address}/transparentDataEncryption/current` });
}
