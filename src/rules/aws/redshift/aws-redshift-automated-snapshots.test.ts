import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-redshift-automated-snapshots.js';

const cluster = (automatedSnapshotRetentionPeriod: number | ReturnType<typeof unknown>) => resource('AWS::Redshift::Cluster', { automatedSnapshotRetentionPeriod });

ruleTester(rule, {
  pass: [
    { name: '35 days', resource: cluster(35), message: /35 days/ },
    { name: '7 days with the minimum lowered', resource: cluster(7), options: { minRetentionDays: 7 } },
  ],
  fail: [
    { name: 'off', resource: cluster(0), message: /off/ },
    { name: 'the one-day default of a template', resource: resource('AWS::Redshift::Cluster', { automatedSnapshotRetentionPeriod: 1 }, { origin: iacOrigin('Warehouse') }), message: /1 day,/ },
  ],
  not_assessed: [{ name: 'unresolved', resource: cluster(unknown('parameter Retention has no value')) }],
});
