import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-efs-protected.js';

const ARN = 'arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FS_ID'.replace('REGION', REGION).replace('ACCOUNT', ACCOUNT);
const store = resource('AWS::EFS::FileSystem', {}, { id: ARN });
const held = (resourceArns: string[] | ReturnType<typeof unknown>, region = REGION) =>
  resource('AWS::Backup::ProtectedResources', { resourceArns }, { id: `protected-${region}`, region });
const complete = [{ provider: 'aws' as const, account: ACCOUNT, type: 'AWS::Backup::ProtectedResources' as const, complete: true, reasons: [] }];

ruleTester(rule, {
  pass: [{ name: 'listed as protected', resource: store, others: [held([ARN])], coverage: complete, message: /recovery point/ }],
  fail: [
    { name: 'not listed', resource: store, others: [held(['arn:aws:s3:::other'])], coverage: complete, message: /no recovery point/ },
    { name: 'listed only in another region', resource: store, others: [held([ARN], 'eu-west-1')], coverage: complete },
  ],
  not_assessed: [
    { name: 'the listing was denied', resource: store, others: [held(unknown('AccessDenied on backup:ListProtectedResources'))], coverage: complete, message: /ListProtectedResources/ },
    { name: 'protected resources were not collected', resource: store },
  ],
});
