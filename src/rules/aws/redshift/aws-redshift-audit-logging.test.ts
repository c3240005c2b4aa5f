import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-redshift-audit-logging.js';

ruleTester(rule, {
  pass: [
    { name: 'to CloudWatch Logs', resource: resource('AWS::Redshift::Cluster', {}), message: /CloudWatch Logs: connectionlog/ },
    { name: 'to S3', resource: resource('AWS::Redshift::Cluster', { logging: { destination: 's3', bucketName: 'audit-logs', logExports: [] } }), message: /S3 \(audit-logs\)/ },
  ],
  fail: [
    { name: 'off', resource: resource('AWS::Redshift::Cluster', { logging: null }), message: /off/ },
    { name: 'a template without LoggingProperties', resource: resource('AWS::Redshift::Cluster', { logging: null }, { origin: iacOrigin('Warehouse') }) },
  ],
  not_assessed: [{ name: 'the status call was denied', resource: resource('AWS::Redshift::Cluster', { logging: unknown('AccessDenied on redshift:DescribeLoggingStatus') }), message: /AccessDenied/ }],
});
