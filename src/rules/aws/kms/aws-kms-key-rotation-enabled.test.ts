import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-kms-key-rotation-enabled.js';

const key = (props: object) => resource('AWS::KMS::Key', props);

ruleTester(rule, {
  pass: [
    { name: 'a customer-managed symmetric key with yearly rotation', resource: key({}), message: /every 365 days/ },
    {
      name: 'a template key with rotation enabled',
      resource: resource('AWS::KMS::Key', { rotationEnabled: true, rotationPeriodDays: 90 }, { origin: iacOrigin('PhiKey') }),
    },
  ],
  fail: [
    { name: 'rotation off', resource: key({ rotationEnabled: false, rotationPeriodDays: null }), message: /off/ },
    {
      name: 'a template key that does not enable rotation',
      resource: resource('AWS::KMS::Key', { rotationEnabled: false, rotationPeriodDays: null }, { origin: iacOrigin('PhiKey') }),
    },
    {
      name: 'a disabled key that is not pending deletion still needs rotation',
      resource: key({ keyState: 'Disabled', rotationEnabled: false }),
    },
  ],
  not_assessed: [
    {
      name: 'the rotation status could not be read',
      resource: key({ rotationEnabled: unknown('AccessDenied on kms:GetKeyRotationStatus') }),
      message: /AccessDenied/,
    },
    {
      name: 'rotation set from an unresolved parameter',
      resource: resource('AWS::KMS::Key', { rotationEnabled: unknown('parameter Rotate has no value') }, { origin: iacOrigin('PhiKey') }),
    },
    { name: 'the key could not be described', resource: key({ keyManager: unknown('AccessDenied on kms:DescribeKey') }) },
  ],
  not_applicable: [
    { name: 'an AWS managed key', resource: key({ keyManager: 'AWS', rotationEnabled: false }) },
    { name: 'an asymmetric RSA key', resource: key({ keySpec: 'RSA_2048', rotationEnabled: false }) },
    { name: 'an HMAC key', resource: key({ keySpec: 'HMAC_256', rotationEnabled: false }) },
    { name: 'a key with imported material', resource: key({ keyOrigin: 'EXTERNAL', rotationEnabled: false }) },
    { name: 'a key pending deletion', resource: key({ keyState: 'PendingDeletion', rotationEnabled: false }) },
  ],
});
