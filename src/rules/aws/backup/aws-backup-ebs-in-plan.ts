import { inPlanRule } from '../../../analysis/ops-backup-coverage.js';

export default inPlanRule({
  store: 'ebs',
  noun: 'EBS volume',
  type: 'AWS::EC2::Volume',
  covers: 'ebs-in-backup-plan',
  // Templates join once the ec2 family adapts AWS::EC2::Volume / aws_ebs_volume.
  sources: ['live'],
  arnExample: 'arn:aws:ec2:REGION:ACCOUNT:volume/VOLUME_ID',
});
