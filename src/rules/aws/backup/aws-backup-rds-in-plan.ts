import { inPlanRule } from '../../../analysis/ops-backup-coverage.js';

export default inPlanRule({
  store: 'rds',
  noun: 'RDS DB instance',
  type: 'AWS::RDS::DBInstance',
  covers: 'rds-in-backup-plan',
  sources: ['live', 'cloudformation', 'terraform'],
  arnExample: 'arn:aws:rds:REGION:ACCOUNT:db:INSTANCE',
});
