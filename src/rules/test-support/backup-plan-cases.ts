import type { BackupSelection } from '../../model/aws/ops.js';
import type { ResourceType } from '../../model/resource.js';
import { unknown } from '../../model/unknown.js';
import { ACCOUNT, iacOrigin, REGION, resource } from './fixtures.js';
import type { RuleCases } from './rule-tester.js';

/**
 * The cases every "store is selected by an AWS Backup plan" rule is held to, for a store of
 * `type` whose ARN is `arnTemplate` (REGION and ACCOUNT filled in): selected by ARN, tag
 * condition, ListOfTags or template reference; not by a plan elsewhere or a NotResources
 * exclusion; not assessed when a selection, the tags or the plan list are unknown.
 */
export function backupPlanCases<T extends ResourceType>(type: T, arnTemplate: string): RuleCases<T> {
  const ARN = arnTemplate.replace('REGION', REGION).replace('ACCOUNT', ACCOUNT);
  const store = (tags: Record<string, string> = {}, opts = {}) => resource(type, {}, { id: ARN, tags, ...opts });
  const sel = (over: Partial<BackupSelection>): BackupSelection => ({ selectionName: 's', resources: [], notResources: [], listOfTags: [], conditions: [], ...over });
  const plan = (selections: BackupSelection[] | ReturnType<typeof unknown>, opts = {}) =>
    resource('AWS::Backup::BackupPlan', { selections }, { id: `plan-${JSON.stringify(selections).length}`, ...opts });
  const complete = [{ provider: 'aws' as const, account: ACCOUNT, type: 'AWS::Backup::BackupPlan' as const, complete: true, reasons: [] }];
  const phiCondition = sel({ resources: ['*'], conditions: [{ op: 'StringEquals', key: 'data-class', value: 'phi' }] });
  const iac = { origin: iacOrigin('Store'), refs: ['ref:template.yaml#Store'], account: unknown('iac'), region: unknown('iac') };

  return {
    pass: [
      { name: 'selected by its ARN', resource: store(), others: [plan([sel({ resources: [ARN] })])], coverage: complete, message: /selects it/ },
      { name: 'selected by a tag condition', resource: store({ 'data-class': 'phi' }), others: [plan([phiCondition])], coverage: complete },
      { name: 'selected by ListOfTags', resource: store({ backup: 'daily' }), others: [plan([sel({ listOfTags: [{ op: 'StringEquals', key: 'backup', value: 'daily' }] })])], coverage: complete },
      {
        name: 'a template resource selected by its reference token',
        resource: store({}, iac),
        others: [plan([sel({ resources: ['ref:template.yaml#Store'] })], { origin: iacOrigin('Plan') })],
      },
    ],
    fail: [
      { name: 'no plan at all', resource: store(), coverage: complete, message: /No AWS Backup plan in its region/ },
      { name: 'the tag condition does not match', resource: store({ 'data-class': 'public' }), others: [plan([phiCondition])], coverage: complete },
      { name: 'excluded by NotResources', resource: store(), others: [plan([sel({ resources: ['*'], notResources: [ARN] })])], coverage: complete },
      { name: 'a plan in another region', resource: store(), others: [plan([sel({ resources: ['*'] })], { region: 'eu-west-1' })], coverage: complete },
      { name: 'a template resource no selection in the scan names', resource: store({}, iac), message: /scanned files/ },
    ],
    not_assessed: [
      { name: 'a selection could not be read', resource: store(), others: [plan(unknown('AccessDenied on backup:GetBackupSelection'))], coverage: complete, message: /GetBackupSelection/ },
      { name: 'the store\'s tags are unknown', resource: store(undefined, { tags: unknown('AccessDenied on tagging') }), others: [plan([phiCondition])], coverage: complete },
      { name: 'the plan list is incomplete', resource: store() },
    ],
  };
}
