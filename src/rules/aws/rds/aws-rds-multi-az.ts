import { clusterMembers, judgeFlag, ownsClusterSettings } from '../../../analysis/database-rds.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-rds-multi-az',
    title: 'RDS instance or Aurora cluster runs in more than one Availability Zone',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(i)', '164.308(a)(7)(ii)(B)', '164.308(a)(7)(ii)(C)'],
    resourceTypes: ['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-multi-az'],
    rationale:
      'A single-AZ database is unavailable for as long as its zone or host is, and recovering means restoring a ' +
      'backup and losing the writes since. A standby or a reader in another zone fails over in minutes, keeping ' +
      'ePHI available to clinicians while operating in emergency mode.',
    remediation: {
      text: 'Turn on Multi-AZ for an instance; give an Aurora cluster at least one reader instance in a second Availability Zone.',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --multi-az --apply-immediately\naws rds create-db-instance --db-instance-identifier CLUSTER-reader --db-cluster-identifier CLUSTER --engine aurora-postgresql --db-instance-class db.r6g.large',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  multi_az = true\n}\n\n# Aurora: two or more aws_rds_cluster_instance resources for the cluster',
      cloudformation: 'MultiAZ: true\n# Aurora: two or more AWS::RDS::DBInstance resources with DBClusterIdentifier: !Ref Cluster',
    },
  },
  evaluate(db, ctx) {
    const own = ownsClusterSettings(db);
    if (own !== true) return own === false ? null : own;
    if (db.type === 'AWS::RDS::DBInstance') {
      return judgeFlag('multiAz', (db as Resource<'AWS::RDS::DBInstance'>).props.multiAz, 'The instance keeps a standby in another Availability Zone.', 'The instance runs in a single Availability Zone.');
    }
    const cluster = db as Resource<'AWS::RDS::DBCluster'>;
    const multi = cluster.props.multiAz;
    if (isUnknown(multi)) return unknownResult('multiAz', multi);
    if (multi !== null) {
      return judgeFlag('multiAz', multi, 'The cluster has instances in more than one Availability Zone.', 'The cluster has instances in a single Availability Zone.');
    }
    // A template's Aurora cluster: its instances are declared beside it, and RDS spreads
    // them across zones.
    const members = clusterMembers(cluster, ctx);
    const evidence = ev('instances', members.map((m) => m.name));
    return members.length >= 2
      ? pass(`The cluster has ${members.length} instances, which RDS places in different Availability Zones.`, evidence)
      : fail(`The cluster has ${members.length === 0 ? 'no instance' : 'one instance'} declared, so it cannot fail over to another Availability Zone.`, evidence);
  },
});
