import { judgeFlag } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-rds-snapshot-encrypted',
    title: 'RDS and Aurora snapshot is encrypted',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)', '164.310(d)(2)(iv)'],
    resourceTypes: ['AWS::RDS::DBSnapshot', 'AWS::RDS::DBClusterSnapshot'],
    sources: ['live'],
    covers: ['rds-snapshot-encrypted'],
    rationale:
      'A snapshot is a full copy of the database. Unencrypted, it can be copied, shared or restored anywhere ' +
      'without any key permission standing in the way, and it outlives the database it was taken from.',
    remediation: {
      text: 'Copy the snapshot with encryption under a KMS key, then delete the unencrypted one; encrypt the source database so new snapshots are encrypted.',
      cli: 'aws rds copy-db-snapshot --source-db-snapshot-identifier SNAPSHOT --target-db-snapshot-identifier SNAPSHOT-encrypted --kms-key-id KEY_ARN\naws rds delete-db-snapshot --db-snapshot-identifier SNAPSHOT',
    },
  },
  evaluate(snapshot) {
    return judgeFlag('encrypted', snapshot.props.encrypted, 'The snapshot is encrypted.', 'The snapshot holds an unencrypted copy of the database.');
  },
});
