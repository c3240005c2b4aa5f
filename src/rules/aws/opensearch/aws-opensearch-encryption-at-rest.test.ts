import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-opensearch-encryption-at-rest.js';

ruleTester(rule, {
  pass: [{ name: 'encrypted', resource: resource('AWS::OpenSearchService::Domain', {}), message: /encrypts/ }],
  fail: [
    { name: 'unencrypted', resource: resource('AWS::OpenSearchService::Domain', { encryptionAtRest: false, kmsKeyId: null }), message: /unencrypted/ },
    { name: 'a legacy Elasticsearch template domain', resource: resource('AWS::OpenSearchService::Domain', { engineVersion: 'Elasticsearch_6.8', encryptionAtRest: false }, { origin: iacOrigin('Search') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::OpenSearchService::Domain', { encryptionAtRest: unknown('parameter Encrypt has no value') }) }],
});
