import { backupPlanCases } from '../../test-support/backup-plan-cases.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-efs-in-plan.js';

const cases = backupPlanCases('AWS::EFS::FileSystem', 'arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FS_ID');

ruleTester(rule, { pass: cases.pass, fail: cases.fail, not_assessed: cases.not_assessed });
