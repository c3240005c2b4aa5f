import { inPlanRule } from '../../../analysis/ops-backup-coverage.js';

export default inPlanRule({
  store: 'dynamodb',
  noun: 'DynamoDB table',
  type: 'AWS::DynamoDB::Table',
  covers: 'dynamodb-in-backup-plan',
  sources: ['live', 'cloudformation', 'terraform'],
  arnExample: 'arn:aws:dynamodb:REGION:ACCOUNT:table/TABLE',
});
