import { isUnknown, type Known, unknown } from '../unknown.js';
import type { SsmSessionManagerPreferencesProps } from './ssm.js';

/**
 * Reading Session Manager preferences out of a Session document's content, the same for the
 * live document and a declared one.
 */

/** A region whose preferences were never saved: Session Manager logs nothing there. */
export const NOT_CONFIGURED: SsmSessionManagerPreferencesProps = {
  configured: false,
  s3BucketName: null,
  s3EncryptionEnabled: false,
  cloudWatchLogGroupName: null,
  cloudWatchEncryptionEnabled: false,
  kmsKeyId: null,
};

/**
 * The preferences in a Session document's content (JSON): its `inputs`. Empty strings are
 * how the console saves "not set"; an absent encryption flag does not enforce encryption.
 */
export function sessionPreferences(content: unknown): SsmSessionManagerPreferencesProps {
  let doc = content;
  if (typeof content === 'string') {
    try {
      doc = JSON.parse(content);
    } catch {
      return allUnknown('the Session document content is not JSON');
    }
  }
  if (isUnknown(doc)) return allUnknown(doc.$unknown);
  if (doc === null || typeof doc !== 'object') return allUnknown('the Session document has no content');
  const inputs = (doc as { inputs?: unknown }).inputs ?? {};
  if (isUnknown(inputs)) return allUnknown(inputs.$unknown);
  if (typeof inputs !== 'object' || inputs === null) return allUnknown('the Session document inputs are not an object');
  const i = inputs as Record<string, unknown>;
  return {
    configured: true,
    s3BucketName: optString(i.s3BucketName, 's3BucketName'),
    s3EncryptionEnabled: flag(i.s3EncryptionEnabled, 's3EncryptionEnabled'),
    cloudWatchLogGroupName: optString(i.cloudWatchLogGroupName, 'cloudWatchLogGroupName'),
    cloudWatchEncryptionEnabled: flag(i.cloudWatchEncryptionEnabled, 'cloudWatchEncryptionEnabled'),
    kmsKeyId: optString(i.kmsKeyId, 'kmsKeyId'),
  };
}

function allUnknown(reason: string): SsmSessionManagerPreferencesProps {
  const u = unknown(reason);
  return { configured: true, s3BucketName: u, s3EncryptionEnabled: u, cloudWatchLogGroupName: u, cloudWatchEncryptionEnabled: u, kmsKeyId: u };
}

function optString(v: unknown, what: string): Known<string | null> {
  if (v === undefined || v === null || v === '') return null;
  if (typeof v === 'string') return v;
  if (isUnknown(v)) return v;
  return unknown(`${what} is not a string`);
}

function flag(v: unknown, what: string): Known<boolean> {
  if (v === undefined || v === null || v === '') return false;
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  if (isUnknown(v)) return v;
  return unknown(`${what} is not a boolean`);
}
