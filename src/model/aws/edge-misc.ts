import type { Known } from '../unknown.js';

export interface DxConnectionProps {
  connectionName: Known<string>;
  bandwidth: Known<string>;
  location: Known<string>;
  /** `available`, `down`, `ordering`… */
  connectionState: Known<string>;
  /** Whether the port supports MACsec at all. */
  macSecCapable: Known<boolean>;
  /** `no_encrypt`, `should_encrypt` or `must_encrypt`; null when the connection has no MACsec setting. */
  encryptionMode: Known<string | null>;
  /** `Encryption Up` or `Encryption Down`; null when MACsec is not configured. */
  portEncryptionStatus: Known<string | null>;
}

export interface BeanstalkEnvironmentProps {
  environmentName: Known<string>;
  applicationName: Known<string>;
  /** `aws:elasticbeanstalk:managedactions` `ManagedActionsEnabled`. */
  managedActionsEnabled: Known<boolean>;
  /** `aws:elasticbeanstalk:healthreporting:system` `SystemType`: `basic` or `enhanced`. */
  healthReportingSystemType: Known<string>;
}
