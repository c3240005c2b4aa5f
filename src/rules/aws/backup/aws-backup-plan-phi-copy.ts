import { selectionCovers } from '../../../analysis/ops-backup.js';
import { anyTri } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import type { AnyResource, ResourceType } from '../../../model/resource.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

const STORES = ['AWS::DynamoDB::Table', 'AWS::EC2::Volume', 'AWS::EC2::Instance', 'AWS::EFS::FileSystem', 'AWS::FSx::FileSystem', 'AWS::RDS::DBCluster', 'AWS::RDS::DBInstance', 'AWS::S3::Bucket'] as const satisfies readonly ResourceType[];

export default defineRule({
  meta: {
    id: 'aws-backup-plan-phi-copy',
    title: 'Backup plan protecting PHI copies recovery points to another region or account',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)'],
    resourceTypes: ['AWS::Backup::BackupPlan'],
    sources: ['live'],
    covers: ['gap-aws-backup-phi-copy'],
    rationale:
      'Backups in the same region and account share the fate of the data: a regional outage, a compromised ' +
      'administrator or a closed account takes both. A copy in another region or account is what keeps ePHI ' +
      'recoverable when the primary environment is lost (164.308(a)(7)(ii)(B)).',
    remediation: {
      text: 'Add a copy action to each rule of the plan, to a vault in another region or (better, against account compromise) another account.',
      cli: 'aws backup update-backup-plan --backup-plan-id PLAN_ID --backup-plan file://plan-with-copy-actions.json  # Rules[].CopyActions[].DestinationBackupVaultArn in another region/account',
    },
  },
  evaluate(plan, ctx) {
    const sels = plan.props.selections;
    const rules = plan.props.rules;
    if (isUnknown(sels)) return unknownResult('selections', sels);
    // Judge only plans that back up something in PHI scope (or are themselves tagged so).
    const phi = ctx.isPhi(plan) || STORES.some((t) =>
      (ctx.list(t, plan).resources as unknown as AnyResource[]).some((r) => r.region === plan.region && ctx.isPhi(r) && anyTri(sels.map((s) => selectionCovers(s, r))) === true),
    );
    if (!phi) return null;
    if (isUnknown(rules)) return unknownResult('rules', rules);
    const elsewhere = (arn: string): boolean => {
      const m = /^arn:[^:]+:backup:([^:]*):([^:]*):/.exec(arn);
      return !!m && (m[1] !== plan.region || m[2] !== plan.account);
    };
    const copies = rules.flatMap((r) => (isUnknown(r.copyActions) ? [r.copyActions] : r.copyActions.map((c) => c.destinationVaultArn)));
    const evidence = [ev('copyDestinations', copies)];
    if (copies.some((c) => typeof c === 'string' && elsewhere(c))) return pass('The plan copies recovery points to another region or account.', ...evidence);
    const open = copies.find(isUnknown);
    if (open) return notAssessed(open.$unknown, ...evidence);
    return fail('The plan backs up PHI but keeps every copy in its own region and account.', ...evidence);
  },
});
