import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elasticbeanstalk-managed-updates.js';

const E = 'AWS::ElasticBeanstalk::Environment';

ruleTester(rule, {
  pass: [{ name: 'managed updates on', resource: resource(E, {}), message: /on/ }],
  fail: [
    { name: 'managed updates off', resource: resource(E, { managedActionsEnabled: false }), message: /off/ },
    { name: 'a template without the option', resource: resource(E, { managedActionsEnabled: false }, { origin: iacOrigin('Prod') }) },
  ],
  not_assessed: [{ name: 'set by a saved configuration', resource: resource(E, { managedActionsEnabled: unknown('may be set by the saved configuration') }) }],
});
