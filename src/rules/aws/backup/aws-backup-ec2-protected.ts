import { protectedRule } from '../../../analysis/ops-backup-coverage.js';

export default protectedRule({
  store: 'ec2',
  noun: 'EC2 instance',
  type: 'AWS::EC2::Instance',
  covers: 'ec2-in-backup-plan',
  sources: ['live'],
  arnExample: 'arn:aws:ec2:REGION:ACCOUNT:instance/INSTANCE_ID',
});
