import { protectedRule } from '../../../analysis/ops-backup-coverage.js';

export default protectedRule({
  store: 'ebs',
  noun: 'EBS volume',
  type: 'AWS::EC2::Volume',
  covers: 'ebs-in-backup-plan',
  sources: ['live'],
  arnExample: 'arn:aws:ec2:REGION:ACCOUNT:volume/VOLUME_ID',
});
