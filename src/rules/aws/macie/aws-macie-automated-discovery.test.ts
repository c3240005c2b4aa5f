import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-macie-automated-discovery.js';

const session = (props: object) => resource('AWS::Macie::Session', props);

ruleTester(rule, {
  pass: [{ name: 'enabled with automated discovery', resource: session({}), message: /automated/ }],
  fail: [
    { name: 'never enabled', resource: session({ status: null, automatedDiscovery: null }), message: /not enabled/ },
    { name: 'paused', resource: session({ status: 'PAUSED' }), message: /paused/ },
    { name: 'enabled, discovery off', resource: session({ automatedDiscovery: 'DISABLED' }), message: /off/ },
  ],
  not_assessed: [
    { name: 'session denied', resource: session({ status: unknown('AccessDenied on macie2:GetMacieSession') }) },
    { name: 'discovery setting denied', resource: session({ automatedDiscovery: unknown('AccessDenied on macie2:GetAutomatedDiscoveryConfiguration') }) },
  ],
});
