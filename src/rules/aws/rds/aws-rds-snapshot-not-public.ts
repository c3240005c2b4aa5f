import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-rds-snapshot-not-public',
    title: 'RDS and Aurora snapshot is not shared publicly',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.308(a)(3)(i)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'],
    sources: ['live'],
    covers: ['rds-snapshot-not-public'],
    rationale:
      'A public snapshot can be restored by any AWS account in the world, giving the restorer the whole database ' +
      'and every record of ePHI in it. Snapshots shared for migration or with a vendor belong to named accounts only.',
    remediation: {
      text: 'Remove "all" from the snapshot\'s restore attribute; share with named accounts if needed.',
      cli: 'aws rds modify-db-snapshot-attribute --db-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove all\naws rds modify-db-cluster-snapshot-attribute --db-cluster-snapshot-identifier SNAPSHOT --attribute-name restore --values-to-remove all',
    },
  },
  evaluate(snapshot) {
    const open = snapshot.props.public;
    if (isUnknown(open)) return unknownResult('public', open);
    const shared = snapshot.props.sharedWithAccounts;
    const evidence = [ev('public', open), ev('sharedWithAccounts', shared)];
    return open
      ? fail('Any AWS account can copy and restore this snapshot: its restore attribute lists "all".', ...evidence)
      : pass('The snapshot is not shared publicly.', ...evidence);
  },
});
