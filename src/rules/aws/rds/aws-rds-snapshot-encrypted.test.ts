import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-snapshot-encrypted.js';

ruleTester(rule, {
  pass: [
    { name: 'an encrypted instance snapshot', resource: resource('AWS::RDS::DBSnapshot', {}), message: /encrypted/ },
    { name: 'an encrypted cluster snapshot', resource: resource('AWS::RDS::DBClusterSnapshot', {}) },
  ],
  fail: [
    { name: 'an unencrypted manual snapshot', resource: resource('AWS::RDS::DBSnapshot', { encrypted: false, kmsKeyId: null }), message: /unencrypted/ },
    { name: 'an unencrypted automated cluster snapshot', resource: resource('AWS::RDS::DBClusterSnapshot', { encrypted: false, snapshotType: 'automated' }) },
  ],
  not_assessed: [{ name: 'the listing gave no Encrypted field', resource: resource('AWS::RDS::DBSnapshot', { encrypted: unknown('rds:DescribeDBSnapshots returned no Encrypted') }) }],
});
