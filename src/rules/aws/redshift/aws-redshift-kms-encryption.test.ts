import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, iacOrigin, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-redshift-kms-encryption.js';

const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-100000000004`;
const cluster = (kmsKeyId: string | null | ReturnType<typeof unknown>) => resource('AWS::Redshift::Cluster', { kmsKeyId });

ruleTester(rule, {
  pass: [{ name: 'a customer-managed key', resource: cluster(KEY), others: [resource('AWS::KMS::Key', {}, { id: KEY })], message: /customer-managed/ }],
  fail: [
    { name: 'unencrypted', resource: resource('AWS::Redshift::Cluster', { encrypted: false, kmsKeyId: null }), message: /not encrypted/ },
    { name: 'encrypted without a key in a template', resource: resource('AWS::Redshift::Cluster', { kmsKeyId: null }, { origin: iacOrigin('Warehouse') }), message: /aws\/redshift/ },
    { name: 'the live ARN of aws/redshift', resource: cluster(KEY), others: [resource('AWS::KMS::Key', { keyManager: 'AWS' }, { id: KEY })] },
  ],
  not_assessed: [
    { name: 'a key missing from the inventory', resource: cluster(KEY), message: /not in the inventory/ },
    { name: 'unresolved encryption', resource: resource('AWS::Redshift::Cluster', { encrypted: unknown('parameter Encrypt has no value') }) },
  ],
});
