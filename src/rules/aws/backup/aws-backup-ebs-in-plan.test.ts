import type { BackupSelection } from '../../../model/aws/ops.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, REGION, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-backup-ebs-in-plan.js';

const ARN = 'arn:aws:ec2:REGION:ACCOUNT:volume/VOLUME_ID'.replace('REGION', REGION).replace('ACCOUNT', ACCOUNT);
const store = (tags: Record<string, string> = {}, opts = {}) => resource('AWS::EC2::Volume', {}, { id: ARN, tags, ...opts });
const sel = (over: Partial<BackupSelection>): BackupSelection => ({ selectionName: 's', resources: [], notResources: [], listOfTags: [], conditions: [], ...over });
const plan = (selections: BackupSelection[] | ReturnType<typeof unknown>, opts = {}) =>
  resource('AWS::Backup::BackupPlan', { selections }, { id: `plan-${JSON.stringify(selections).length}`, ...opts });
const complete = [{ provider: 'aws' as const, account: ACCOUNT, type: 'AWS::Backup::BackupPlan' as const, complete: true, reasons: [] }];
const phiCondition = sel({ resources: ['*'], conditions: [{ op: 'StringEquals', key: 'data-class', value: 'phi' }] });

ruleTester(rule, {
  pass: [
    { name: 'selected by its ARN', resource: store(), others: [plan([sel({ resources: [ARN] })])], coverage: complete, message: /selects it/ },
    { name: 'selected by a tag condition', resource: store({ 'data-class': 'phi' }), others: [plan([phiCondition])], coverage: complete },
    { name: 'selected by ListOfTags', resource: store({ backup: 'daily' }), others: [plan([sel({ listOfTags: [{ op: 'StringEquals', key: 'backup', value: 'daily' }] })])], coverage: complete },
  ],
  fail: [
    { name: 'no plan at all', resource: store(), coverage: complete, message: /No AWS Backup plan in its region/ },
    { name: 'the tag condition does not match', resource: store({ 'data-class': 'public' }), others: [plan([phiCondition])], coverage: complete },
    { name: 'excluded by NotResources', resource: store(), others: [plan([sel({ resources: ['*'], notResources: [ARN] })])], coverage: complete },
    { name: 'a plan in another region', resource: store(), others: [plan([sel({ resources: ['*'] })], { region: 'eu-west-1' })], coverage: complete },
  ],
  not_assessed: [
    { name: 'a selection could not be read', resource: store(), others: [plan(unknown('AccessDenied on backup:GetBackupSelection'))], coverage: complete, message: /GetBackupSelection/ },
    { name: 'the store\'s tags are unknown', resource: store(undefined, { tags: unknown('AccessDenied on tagging') }), others: [plan([phiCondition])], coverage: complete },
    { name: 'the plan list is incomplete', resource: store() },
  ],
});
