import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-redshift-require-tls.js';

const group = (parameters: Record<string, string> | ReturnType<typeof unknown>) =>
  resource('AWS::Redshift::ClusterParameterGroup', { parameters }, { refs: ['claims-warehouse-params'] });
const cluster = (clusterParameterGroupName: string | null | ReturnType<typeof unknown>) => resource('AWS::Redshift::Cluster', { clusterParameterGroupName });

ruleTester(rule, {
  pass: [
    { name: 'require_ssl true in the custom group', resource: cluster('claims-warehouse-params'), others: [group({ require_ssl: 'true' })], message: /require_ssl = true/ },
    { name: 'the 2025 default group', resource: cluster('default.redshift-2.0') },
  ],
  fail: [
    { name: 'require_ssl false', resource: cluster('claims-warehouse-params'), others: [group({ require_ssl: 'false' })], message: /plain-text/ },
    { name: 'a custom group that leaves it unset', resource: cluster('claims-warehouse-params'), others: [group({})] },
    { name: 'the older default group', resource: cluster('default.redshift-1.0') },
  ],
  not_assessed: [
    { name: 'a template naming no group', resource: cluster(null), message: /January 2025/ },
    { name: 'a group missing from the inventory', resource: cluster('claims-warehouse-params'), message: /not in the inventory/ },
    { name: 'the parameters could not be read', resource: cluster('claims-warehouse-params'), others: [group(unknown('AccessDenied on redshift:DescribeClusterParameters'))] },
  ],
});
