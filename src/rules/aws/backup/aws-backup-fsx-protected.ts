import { protectedRule } from '../../../analysis/ops-backup-coverage.js';

export default protectedRule({
  store: 'fsx',
  noun: 'FSx file system',
  type: 'AWS::FSx::FileSystem',
  covers: 'fsx-in-backup-plan',
  sources: ['live'],
  arnExample: 'arn:aws:fsx:REGION:ACCOUNT:file-system/FS_ID',
});
