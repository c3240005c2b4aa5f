import { inPlanRule } from '../../../analysis/ops-backup-coverage.js';

export default inPlanRule({
  store: 'efs',
  noun: 'EFS file system',
  type: 'AWS::EFS::FileSystem',
  covers: 'efs-in-backup-plan',
  sources: ['live', 'cloudformation', 'terraform'],
  arnExample: 'arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FS_ID',
});
