import type { Known } from '../unknown.js';
import type { PolicyDocument } from './policy.js';

export interface KmsKeyProps {
  /** `CUSTOMER` or `AWS` (AWS managed keys such as `aws/s3`). */
  keyManager: Known<'CUSTOMER' | 'AWS'>;
  /** `SYMMETRIC_DEFAULT`, `RSA_2048`, `HMAC_256`… Automatic rotation exists only for symmetric keys. */
  keySpec: Known<string>;
  /** `Enabled`, `Disabled`, `PendingDeletion`, `PendingImport`… */
  keyState: Known<string>;
  /** `AWS_KMS`, `EXTERNAL` (imported material), `AWS_CLOUDHSM`, `EXTERNAL_KEY_STORE`. */
  keyOrigin: Known<string>;
  rotationEnabled: Known<boolean>;
  rotationPeriodDays: Known<number | null>;
  /** Alias names (`alias/phi-data`) that point at this key, joined by the adapter. */
  aliases: string[];
  policy: Known<PolicyDocument | null>;
}
