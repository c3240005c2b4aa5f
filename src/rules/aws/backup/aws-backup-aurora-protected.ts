import { protectedRule } from '../../../analysis/ops-backup-coverage.js';

export default protectedRule({
  store: 'aurora',
  noun: 'Aurora DB cluster',
  type: 'AWS::RDS::DBCluster',
  covers: 'aurora-in-backup-plan',
  sources: ['live'],
  arnExample: 'arn:aws:rds:REGION:ACCOUNT:cluster:CLUSTER',
});
