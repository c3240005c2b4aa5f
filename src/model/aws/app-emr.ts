import { isUnknown, type Known, unknown } from '../unknown.js';

export interface EmrClusterProps {
  clusterName: Known<string>;
  /** The name of the security configuration the cluster runs with; null: none. */
  securityConfiguration: Known<string | null>;
  /**
   * Whether the primary (master) node has a public IP address. null: a template that
   * leaves it to the subnet (see `subnetId`); only a running cluster tells for sure.
   */
  masterPublicIp: Known<boolean | null>;
  /** The subnet the primary node runs in; null: none named (EC2-Classic or the default VPC). */
  subnetId: Known<string | null>;
}

export interface EmrSecurityConfigurationProps {
  name: Known<string>;
  /** Whether `AuthenticationConfiguration.KerberosConfiguration` is set. */
  kerberosEnabled: Known<boolean>;
}

/** Reads a security configuration's JSON (text from the API and Terraform, an object or text in templates). */
export function kerberosEnabled(config: unknown): Known<boolean> {
  if (isUnknown(config)) return config;
  let doc = config;
  if (typeof config === 'string') {
    try {
      doc = JSON.parse(config);
    } catch {
      return unknown('the security configuration is not valid JSON');
    }
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return unknown('the security configuration is not a JSON object');
  const auth = (doc as Record<string, unknown>).AuthenticationConfiguration;
  if (isUnknown(auth)) return auth;
  if (auth === undefined || auth === null) return false;
  if (typeof auth !== 'object') return unknown('AuthenticationConfiguration is not an object');
  const kerberos = (auth as Record<string, unknown>).KerberosConfiguration;
  if (isUnknown(kerberos)) return kerberos;
  return kerberos !== undefined && kerberos !== null;
}
