import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-opensearch-logs-to-cloudwatch.js';

const log = (logType: string, enabled = true) => ({ logType, enabled, logGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:/os' });

ruleTester(rule, {
  pass: [{ name: 'error and audit logs', resource: resource('AWS::OpenSearchService::Domain', {}), message: /ES_APPLICATION_LOGS, AUDIT_LOGS/ }],
  fail: [
    { name: 'no logs', resource: resource('AWS::OpenSearchService::Domain', { logPublishing: [] }), message: /no logs/ },
    { name: 'slow logs only', resource: resource('AWS::OpenSearchService::Domain', { logPublishing: [log('SEARCH_SLOW_LOGS')] }), message: /not its error logs/ },
    { name: 'error logs configured but disabled in a template', resource: resource('AWS::OpenSearchService::Domain', { logPublishing: [log('ES_APPLICATION_LOGS', false)] }, { origin: iacOrigin('Notes') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::OpenSearchService::Domain', { logPublishing: unknown('LogPublishingOptions is unresolved') }) }],
});
