import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-opensearch-node-to-node-encryption.js';

ruleTester(rule, {
  pass: [{ name: 'on', resource: resource('AWS::OpenSearchService::Domain', {}), message: /encrypted with TLS/ }],
  fail: [
    { name: 'off', resource: resource('AWS::OpenSearchService::Domain', { nodeToNodeEncryption: false }), message: /not encrypted/ },
    { name: 'a template default', resource: resource('AWS::OpenSearchService::Domain', { nodeToNodeEncryption: false }, { origin: iacOrigin('Notes') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::OpenSearchService::Domain', { nodeToNodeEncryption: unknown('parameter N2N has no value') }) }],
});
