import type { BackupPlanRule } from '../../../model/aws/ops.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-plan-phi-copy.js';

const rule1 = (copyActions: BackupPlanRule['copyActions']): BackupPlanRule => ({ ruleName: 'daily', targetVault: 'v', schedule: 'cron(0 5 ? * * *)', deleteAfterDays: 35, copyActions });
const phiPlan = (copyActions: BackupPlanRule['copyActions']) => resource('AWS::Backup::BackupPlan', { rules: [rule1(copyActions)] }, { tags: { 'data-classification': 'phi' } });
const phiTable = resource('AWS::RDS::DBInstance', {}, { tags: { 'data-classification': 'phi' } });
const DR = 'arn:aws:backup:us-west-2:111122223333:backup-vault:dr';
const SAME = 'arn:aws:backup:us-east-1:111122223333:backup-vault:local-copy';

ruleTester(rule, {
  pass: [
    { name: 'copies to us-west-2', resource: phiPlan([{ destinationVaultArn: DR, deleteAfterDays: 35 }]) },
    { name: 'copies to another account', resource: phiPlan([{ destinationVaultArn: 'arn:aws:backup:us-east-1:444455556666:backup-vault:dr', deleteAfterDays: null }]) },
  ],
  fail: [
    { name: 'no copy action', resource: phiPlan([]), message: /own region/ },
    { name: 'a copy in the same region and account', resource: phiPlan([{ destinationVaultArn: SAME, deleteAfterDays: 35 }]) },
    {
      name: 'an untagged plan selecting a PHI database by tag',
      resource: resource('AWS::Backup::BackupPlan', { rules: [rule1([])] }),
      others: [phiTable],
    },
  ],
  not_assessed: [{ name: 'copy target unresolved', resource: phiPlan([{ destinationVaultArn: unknown('parameter DrVault has no value'), deleteAfterDays: 35 }]) }],
  not_applicable: [
    { name: 'a plan backing up nothing in PHI scope', resource: resource('AWS::Backup::BackupPlan', { rules: [rule1([])], selections: [] }), others: [phiTable] },
  ],
});
