import { iacRef } from '../../../model/refs.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, iacOrigin, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-rds-kms-cmk-encryption.js';

const KEY = `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-100000000001`;
const db = (kmsKeyId: string | null | ReturnType<typeof unknown>) => resource('AWS::RDS::DBInstance', { kmsKeyId });
const iac = { account: unknown('IaC does not state the account'), origin: iacOrigin('PatientsDb'), id: 'template.yaml#PatientsDb' };

ruleTester(rule, {
  pass: [
    { name: 'a customer-managed key in the inventory', resource: db(KEY), others: [resource('AWS::KMS::Key', {}, { id: KEY })], message: /customer-managed/ },
    {
      name: 'a template cluster naming a key of the same template',
      resource: resource('AWS::RDS::DBCluster', { kmsKeyId: iacRef('template.yaml', 'PhiKey') }, iac),
      others: [resource('AWS::KMS::Key', {}, { ...iac, id: 'template.yaml#PhiKey', refs: [iacRef('template.yaml', 'PhiKey')] })],
    },
  ],
  fail: [
    { name: 'the aws/rds key a template gets without KmsKeyId', resource: db(null), message: /aws\/rds/ },
    { name: 'the live key ARN is the AWS managed key', resource: db(KEY), others: [resource('AWS::KMS::Key', { keyManager: 'AWS', aliases: ['alias/aws/rds'] }, { id: KEY })], message: /AWS managed/ },
    { name: 'the alias aws/rds named explicitly', resource: resource('AWS::RDS::DBCluster', { kmsKeyId: 'alias/aws/rds' }) },
  ],
  not_assessed: [
    { name: 'a key of the same account missing from the inventory', resource: db(KEY), message: /not in the inventory/ },
    { name: 'the key comes from an unresolved parameter', resource: db(unknown('parameter KeyArn has no value')), message: /KeyArn/ },
  ],
  not_applicable: [
    { name: 'unencrypted storage, which another rule reports', resource: resource('AWS::RDS::DBInstance', { storageEncrypted: false, kmsKeyId: null }) },
    { name: 'an Aurora member instance', resource: resource('AWS::RDS::DBInstance', { dbClusterIdentifier: 'claims' }) },
  ],
});
