import { backupPlanCases } from '../../test-support/backup-plan-cases.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-dynamodb-in-plan.js';

const cases = backupPlanCases('AWS::DynamoDB::Table', 'arn:aws:dynamodb:REGION:ACCOUNT:table/TABLE');

ruleTester(rule, { pass: cases.pass, fail: cases.fail, not_assessed: cases.not_assessed });
