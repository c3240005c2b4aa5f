import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-securityhub-enabled.js';

const hub = (props: object, opts = {}) => resource('AWS::SecurityHub::Hub', props, opts);

ruleTester(rule, {
  pass: [
    { name: 'enabled with FSBP', resource: hub({}), message: /1 standard/ },
    { name: 'a live hub with two standards', resource: hub({ standards: ['a', 'b'] }), message: /2 standard/ },
  ],
  fail: [
    { name: 'not enabled in the region', resource: hub({ enabled: false, standards: [] }), message: /not enabled/ },
    { name: 'enabled with no standard', resource: hub({ standards: [] }), message: /no standard/ },
  ],
  not_assessed: [
    { name: 'DescribeHub was denied', resource: hub({ enabled: unknown('AccessDenied on securityhub:DescribeHub') }) },
    { name: 'standards come from resources naming no hub', resource: hub({ standards: unknown('EnableDefaultStandards is false') }), message: /EnableDefaultStandards/ },
  ],
});
