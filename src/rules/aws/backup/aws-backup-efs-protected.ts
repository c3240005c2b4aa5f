import { protectedRule } from '../../../analysis/ops-backup-coverage.js';

export default protectedRule({
  store: 'efs',
  noun: 'EFS file system',
  type: 'AWS::EFS::FileSystem',
  covers: 'efs-in-backup-plan',
  sources: ['live'],
  arnExample: 'arn:aws:elasticfilesystem:REGION:ACCOUNT:file-system/FS_ID',
});
