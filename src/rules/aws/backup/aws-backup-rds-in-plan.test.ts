import { backupPlanCases } from '../../test-support/backup-plan-cases.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-rds-in-plan.js';

const cases = backupPlanCases('AWS::RDS::DBInstance', 'arn:aws:rds:REGION:ACCOUNT:db:INSTANCE');

ruleTester(rule, { pass: cases.pass, fail: cases.fail, not_assessed: cases.not_assessed });
