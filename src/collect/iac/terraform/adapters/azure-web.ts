import type { Resource } from '../../../../model/resource.js';
import { isUnknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { block, bool, str } from './attrs.js';
import { armProps, azureResourceOf, type Locations } from './azure-common.js';

/**
 * App Service apps. The v3/v4 resources (`azurerm_linux_web_app` and siblings) default
 * `ftps_state` to Disabled, where Azure itself defaults to AllAllowed; the legacy v3
 * `azurerm_app_service` / `azurerm_function_app` leave it to Azure and name the TLS
 * argument `min_tls_version`.
 */
const APPS: Record<string, { kind: string; ftpsDefault: string; legacy: boolean }> = {
  azurerm_linux_web_app: { kind: 'app,linux', ftpsDefault: 'Disabled', legacy: false },
  azurerm_windows_web_app: { kind: 'app', ftpsDefault: 'Disabled', legacy: false },
  azurerm_linux_function_app: { kind: 'functionapp,linux', ftpsDefault: 'Disabled', legacy: false },
  azurerm_windows_function_app: { kind: 'functionapp', ftpsDefault: 'Disabled', legacy: false },
  azurerm_app_service: { kind: 'app', ftpsDefault: 'AllAllowed', legacy: true },
  azurerm_function_app: { kind: 'functionapp', ftpsDefault: 'AllAllowed', legacy: true },
};

export const WEB_TYPES = Object.keys(APPS);

export function buildWebApp(d: Declared, locations?: Locations): Resource<'Microsoft.Web/sites'> {
  const a = d.attrs;
  const app = APPS[d.tfType]!;
  const sc = block(a.site_config, 'site_config');
  let siteConfig: unknown;
  if (isUnknown(sc)) siteConfig = sc;
  else {
    const c = sc ?? {};
    siteConfig = {
      minTlsVersion: str(app.legacy ? c.min_tls_version : c.minimum_tls_version, '1.2', 'site_config.minimum_tls_version'),
      ftpsState: str(c.ftps_state, app.ftpsDefault, 'site_config.ftps_state'),
      remoteDebuggingEnabled: bool(c.remote_debugging_enabled, false, 'site_config.remote_debugging_enabled'),
      http20Enabled: bool(c.http2_enabled, false, 'site_config.http2_enabled'),
    };
  }
  const properties: Record<string, unknown> = {
    httpsOnly: bool(a.https_only, false, 'https_only'),
    clientCertEnabled: bool(a.client_certificate_enabled ?? a.client_cert_enabled, false, 'client_certificate_enabled'),
    publicNetworkAccess: isUnknown(a.public_network_access_enabled) ? a.public_network_access_enabled : a.public_network_access_enabled === false ? 'Disabled' : 'Enabled',
    siteConfig,
  };
  return azureResourceOf(d, 'Microsoft.Web/sites', armProps(d, locations, properties, { kind: app.kind }));
}
