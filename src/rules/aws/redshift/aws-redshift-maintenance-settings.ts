import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-redshift-maintenance-settings',
    title: 'Redshift cluster takes version upgrades in its maintenance window',
    severity: 'low',
    hipaa: ['164.308(a)(5)(ii)(B)'],
    resourceTypes: ['AWS::Redshift::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['redshift-maintenance-settings'],
    rationale:
      'Redshift ships security fixes as cluster version upgrades applied in the weekly maintenance window. A ' +
      'cluster that refuses them keeps running known-vulnerable versions over a store of ePHI. (Every cluster has a ' +
      'window: Redshift assigns one when none is chosen.)',
    remediation: {
      text: 'Allow version upgrades and choose a maintenance window that suits the workload.',
      cli: 'aws redshift modify-cluster --cluster-identifier CLUSTER --allow-version-upgrade --preferred-maintenance-window sun:05:00-sun:05:30',
      terraform: 'resource "aws_redshift_cluster" "this" {\n  # ...\n  allow_version_upgrade        = true\n  preferred_maintenance_window = "sun:05:00-sun:05:30"\n}',
      cloudformation: 'AllowVersionUpgrade: true\nPreferredMaintenanceWindow: sun:05:00-sun:05:30',
    },
  },
  evaluate(cluster) {
    const allow = cluster.props.allowVersionUpgrade;
    if (isUnknown(allow)) return unknownResult('allowVersionUpgrade', allow);
    const window = cluster.props.preferredMaintenanceWindow;
    const evidence = [ev('allowVersionUpgrade', allow), ev('preferredMaintenanceWindow', window)];
    if (!allow) return fail('Version upgrades are refused: the cluster stays on its current version and its known flaws.', ...evidence);
    const when = typeof window === 'string' ? ` (${window})` : ' (assigned by Redshift)';
    return pass(`Version upgrades are applied in the maintenance window${when}.`, ...evidence);
  },
});
