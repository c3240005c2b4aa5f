import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ebs-volume-phi-cmk.js';

const PHI = { phi: 'true' };
const KEY = 'arn:aws:kms:us-east-1:111122223333:key/0b1c2d3e-aaaa-bbbb-cccc-0000000000e2';
const key = (keyManager: 'CUSTOMER' | 'AWS') => resource('AWS::KMS::Key', { keyManager, aliases: [] }, { id: KEY, name: keyManager === 'AWS' ? 'alias/aws/ebs' : 'alias/phi-ebs' });
const volume = (props: object, tags: Record<string, string> = PHI) => resource('AWS::EC2::Volume', props, { tags });

ruleTester(rule, {
  pass: [
    { name: 'a PHI volume with a customer-managed key', resource: volume({}), others: [key('CUSTOMER')], message: /customer-managed/ },
    {
      name: 'an untagged volume on a PHI instance, with a template key',
      resource: resource('AWS::EC2::Volume', { kmsKeyId: 'ref:t#PhiKey', attachedTo: ['ref:t#App'] }, { origin: iacOrigin('Data') }),
      others: [
        resource('AWS::EC2::Instance', {}, { tags: PHI, refs: ['ref:t#App'], origin: iacOrigin('App') }),
        resource('AWS::KMS::Key', {}, { refs: ['ref:t#PhiKey'], origin: iacOrigin('PhiKey') }),
      ],
    },
  ],
  fail: [
    { name: 'a PHI volume with aws/ebs by ARN', resource: volume({}), others: [key('AWS')], message: /AWS managed key alias\/aws\/ebs/ },
    { name: 'a PHI volume encrypted without naming a key', resource: volume({ kmsKeyId: null }) },
    { name: 'a PHI volume naming alias/aws/ebs', resource: volume({ kmsKeyId: 'alias/aws/ebs' }) },
    { name: 'an unencrypted PHI volume', resource: volume({ encrypted: false, kmsKeyId: null }), message: /not encrypted/ },
  ],
  not_assessed: [
    { name: 'a key outside the scan', resource: volume({}), message: /not in the scan/ },
    { name: 'a key from an unresolved variable', resource: volume({ kmsKeyId: unknown('variable key has no value') }) },
  ],
  not_applicable: [{ name: 'a volume outside PHI scope', resource: volume({ kmsKeyId: null }, {}) }],
});
