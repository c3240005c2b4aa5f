import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-automated-snapshots',
    title: 'Redshift cluster keeps automated snapshots for the required period',
    severity: 'high',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.310(d)(2)(iv)'],
    resourceTypes: ['AWS::Redshift::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['redshift-automated-snapshots'],
    rationale:
      'Automated snapshots are the restore points of the warehouse. With retention 0 none are kept, and with a ' +
      'day or two a bad load or a dropped schema noticed later cannot be undone. The default minimum is the ' +
      '35-day maximum; lower it by option where manual snapshots or AWS Backup keep longer copies.',
    remediation: {
      text: 'Set the automated snapshot retention period to at least the minimum (35 days by default).',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --automated-snapshot-retention-period 35',
      terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  automated_snapshot_retention_period = 35\n}',
      cloudformation: 'AutomatedSnapshotRetentionPeriod: 35',
    },
  },
  options: z.object({ minRetentionDays: z.number().int().min(1).max(35).default(35) }),
  evaluate(cluster, ctx) {
    const days = cluster.props.automatedSnapshotRetentionPeriod;
    if (isUnknown(days)) return unknownResult('automatedSnapshotRetentionPeriod', days);
    const min = ctx.options.minRetentionDays;
    const evidence = [ev('automatedSnapshotRetentionPeriod', days), ev('options.minRetentionDays', min)];
    if (days === 0) return fail('Automated snapshots are off.', ...evidence);
    if (days < min) return fail(`Automated snapshots are kept ${days} day${days === 1 ? '' : 's'}, less than the minimum of ${min}.`, ...evidence);
    return pass(`Automated snapshots are kept ${days} days.`, ...evidence);
  },
});
