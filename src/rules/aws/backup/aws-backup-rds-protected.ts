import { protectedRule } from '../../../analysis/ops-backup-coverage.js';

export default protectedRule({
  store: 'rds',
  noun: 'RDS DB instance',
  type: 'AWS::RDS::DBInstance',
  covers: 'rds-in-backup-plan',
  sources: ['live'],
  arnExample: 'arn:aws:rds:REGION:ACCOUNT:db:INSTANCE',
});
