import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-kms-key-rotation-enabled',
    title: 'Customer-managed KMS key rotates its key material automatically',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::KMS::Key'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['kms-cmk-rotation-enabled', 'gap-aws-kms-cmk-rotation'],
    rationale:
      'Rotation limits how much ePHI any one generation of key material protects and how long a leaked copy stays ' +
      'useful. AWS rotates AWS managed keys itself; customer-managed symmetric keys rotate only when asked to. ' +
      'Key management is part of a sound encryption mechanism (164.312(a)(2)(iv)).',
    remediation: {
      text: 'Enable automatic rotation on the key (yearly by default; a period from 90 to 2560 days can be set).',
      cli: 'aws kms enable-key-rotation --key-id KEY_ID',
      terraform: 'resource "aws_kms_key" "phi" {\n  enable_key_rotation     = true\n  rotation_period_in_days = 365\n}',
      cloudformation: 'PhiKey:\n  Type: AWS::KMS::Key\n  Properties:\n    EnableKeyRotation: true\n    RotationPeriodInDays: 365',
    },
  },
  evaluate(key) {
    const { keyManager, keySpec, keyState, keyOrigin, rotationEnabled, rotationPeriodDays } = key.props;
    if (keyManager === 'AWS') return null;
    if (isUnknown(keyManager)) return unknownResult('keyManager', keyManager);
    if (isUnknown(keySpec)) return unknownResult('keySpec', keySpec);
    // Automatic rotation exists only for symmetric keys whose material KMS generated itself.
    if (keySpec !== 'SYMMETRIC_DEFAULT') return null;
    if (isUnknown(keyOrigin)) return unknownResult('keyOrigin', keyOrigin);
    if (keyOrigin !== 'AWS_KMS') return null;
    if (isUnknown(keyState)) return unknownResult('keyState', keyState);
    if (keyState === 'PendingDeletion' || keyState === 'PendingReplicaDeletion') return null;
    if (isUnknown(rotationEnabled)) return unknownResult('rotationEnabled', rotationEnabled);
    const seen = ev('rotationEnabled', rotationEnabled);
    if (!rotationEnabled) return fail('Automatic rotation is off for this customer-managed key.', seen, ev('keySpec', keySpec));
    const every = typeof rotationPeriodDays === 'number' ? ` every ${rotationPeriodDays} days` : '';
    return pass(`The key material rotates automatically${every}.`, seen, ev('rotationPeriodDays', rotationPeriodDays));
  },
});
