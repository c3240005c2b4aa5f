import { protectedRule } from '../../../analysis/ops-backup-coverage.js';

export default protectedRule({
  store: 'dynamodb',
  noun: 'DynamoDB table',
  type: 'AWS::DynamoDB::Table',
  covers: 'dynamodb-in-backup-plan',
  sources: ['live'],
  arnExample: 'arn:aws:dynamodb:REGION:ACCOUNT:table/TABLE',
});
