import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-dax-encryption-at-rest.js';

ruleTester(rule, {
  pass: [{ name: 'encrypted', resource: resource('AWS::DAX::Cluster', {}), message: /encrypts/ }],
  fail: [
    { name: 'unencrypted', resource: resource('AWS::DAX::Cluster', { sseEnabled: false }), message: /unencrypted/ },
    { name: 'a template default', resource: resource('AWS::DAX::Cluster', { sseEnabled: false }, { origin: iacOrigin('Cache') }) },
  ],
  not_assessed: [{ name: 'unresolved', resource: resource('AWS::DAX::Cluster', { sseEnabled: unknown('parameter Sse has no value') }) }],
});
