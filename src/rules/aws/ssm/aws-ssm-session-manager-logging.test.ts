import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ssm-session-manager-logging.js';
import type { SsmSessionManagerPreferencesProps } from '../../../model/aws/ssm.js';

const prefs = (props: Partial<SsmSessionManagerPreferencesProps>) => resource('AWS::SSM::SessionManagerPreferences', props);
const none = { s3BucketName: null, s3EncryptionEnabled: false, cloudWatchLogGroupName: null, cloudWatchEncryptionEnabled: false };

ruleTester(rule, {
  pass: [
    { name: 'both destinations, both encrypted', resource: prefs({}), message: /encrypted destinations/ },
    { name: 'CloudWatch only, encrypted', resource: prefs({ ...none, cloudWatchLogGroupName: '/ssm/sessions', cloudWatchEncryptionEnabled: true }) },
    { name: 'S3 only, encrypted, from a template', resource: resource('AWS::SSM::SessionManagerPreferences', { ...none, s3BucketName: 'session-logs', s3EncryptionEnabled: true }, { origin: iacOrigin('SessionPreferences') }) },
  ],
  fail: [
    { name: 'a region with no preferences', resource: prefs({ ...none, configured: false, kmsKeyId: null }), message: /never saved/ },
    { name: 'preferences saved without a destination', resource: prefs(none), message: /neither/ },
    { name: 'S3 without enforced encryption', resource: prefs({ s3EncryptionEnabled: false }), message: /S3 bucket session-audit-logs without enforcing encryption/ },
    { name: 'CloudWatch encrypted but S3 not', resource: prefs({ ...none, cloudWatchLogGroupName: '/ssm/sessions', cloudWatchEncryptionEnabled: false }), message: /CloudWatch log group/ },
  ],
  not_assessed: [
    { name: 'bucket name from an unresolved variable', resource: prefs({ s3BucketName: unknown('var.session_bucket has no value') }), message: /session_bucket/ },
    { name: 'encryption flag unreadable', resource: prefs({ cloudWatchEncryptionEnabled: unknown('the Session document content is not JSON') }), message: /not JSON/ },
  ],
});
