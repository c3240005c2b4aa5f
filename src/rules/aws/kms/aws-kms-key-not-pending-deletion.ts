import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

const PENDING = new Set(['PendingDeletion', 'PendingReplicaDeletion']);

export default defineRule({
  meta: {
    id: 'aws-kms-key-not-pending-deletion',
    title: 'Customer-managed KMS key is not scheduled for deletion',
    severity: 'high',
    hipaa: ['164.308(a)(1)(ii)(B)', '164.308(a)(7)(ii)(B)'],
    resourceTypes: ['AWS::KMS::Key'],
    // A template declares a key; only the live key can be scheduled for deletion.
    sources: ['live'],
    covers: ['kms-key-not-pending-deletion'],
    rationale:
      'Once the waiting period ends KMS destroys the key material for good, and every record, snapshot and backup ' +
      'encrypted under it becomes unreadable: ePHI is lost, with no way to restore it (164.308(a)(7)(ii)(B)). A ' +
      'scheduled deletion should be a decision someone confirms, not a surprise found after the fact.',
    remediation: {
      text: 'If the key still protects data, cancel the deletion and re-enable the key; if it really is unused, confirm nothing (CloudTrail Decrypt calls, resources naming it) depends on it before the window ends.',
      cli: 'aws kms cancel-key-deletion --key-id KEY_ID\naws kms enable-key --key-id KEY_ID',
    },
  },
  evaluate(key) {
    const { keyManager, keyState } = key.props;
    // AWS managed keys are never deleted by the customer.
    if (keyManager === 'AWS') return null;
    if (isUnknown(keyManager)) return unknownResult('keyManager', keyManager);
    if (isUnknown(keyState)) return unknownResult('keyState', keyState);
    const seen = ev('keyState', keyState);
    if (PENDING.has(keyState)) {
      return fail(`The key is ${keyState}: when the waiting period ends, everything encrypted under it becomes unreadable.`, seen);
    }
    return pass(`The key is ${keyState}, not scheduled for deletion.`, seen);
  },
});
