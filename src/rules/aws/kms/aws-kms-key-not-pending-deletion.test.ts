import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-kms-key-not-pending-deletion.js';

const key = (props: object) => resource('AWS::KMS::Key', props);

ruleTester(rule, {
  pass: [
    { name: 'an enabled key', resource: key({}), message: /Enabled, not scheduled/ },
    { name: 'a disabled key is not being deleted', resource: key({ keyState: 'Disabled' }) },
  ],
  fail: [
    { name: 'scheduled for deletion', resource: key({ keyState: 'PendingDeletion' }), message: /PendingDeletion/ },
    { name: 'a multi-Region replica scheduled for deletion', resource: key({ keyState: 'PendingReplicaDeletion' }) },
  ],
  not_assessed: [
    { name: 'DescribeKey denied', resource: key({ keyState: unknown('AccessDenied on kms:DescribeKey') }), message: /AccessDenied/ },
    { name: 'manager unknown', resource: key({ keyManager: unknown('AccessDenied on kms:DescribeKey') }) },
  ],
  not_applicable: [{ name: 'an AWS managed key', resource: key({ keyManager: 'AWS', keyState: 'PendingDeletion' }) }],
});
