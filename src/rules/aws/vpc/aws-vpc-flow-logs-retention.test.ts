import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-flow-logs-retention.js';

const GROUP = 'arn:aws:logs:us-east-1:111122223333:log-group:/vpc/flow-logs';
const vpc = resource('AWS::EC2::VPC', {});
const group = (retentionInDays: number | null) => resource('AWS::Logs::LogGroup', { retentionInDays }, { name: '/vpc/flow-logs', refs: [GROUP] });

ruleTester(rule, {
  pass: [
    { name: 'a flow log group keeping six years', resource: vpc, others: [group(2192)] },
    { name: 'a flow log group that never expires', resource: vpc, others: [group(null)] },
  ],
  fail: [{ name: 'a flow log group keeping 90 days', resource: vpc, others: [group(90)], message: /\/vpc\/flow-logs \(90 days\)/ }],
  not_assessed: [
    { name: 'the log group is not in the scan', resource: vpc, message: /not in the scan/ },
    { name: 'retention unknown', resource: vpc, others: [resource('AWS::Logs::LogGroup', { retentionInDays: unknown('parameter Days has no value') }, { refs: [GROUP] })] },
  ],
  not_applicable: [
    { name: 'flow logs to S3 only', resource: resource('AWS::EC2::VPC', { flowLogs: [{ destinationType: 's3', destination: 'arn:aws:s3:::logs', trafficType: 'ALL' }] }) },
  ],
});
