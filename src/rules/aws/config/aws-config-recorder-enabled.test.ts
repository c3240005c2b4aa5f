import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-config-recorder-enabled.js';

const recorder = (props: object, opts = {}) => resource('AWS::Config::ConfigurationRecorder', props, opts);
const channel = (region = 'us-east-1', opts = {}) => resource('AWS::Config::DeliveryChannel', {}, { region, id: `channel-${region}`, ...opts });
const complete = (...types: ('AWS::Config::DeliveryChannel' | 'AWS::Config::ConfigurationRecorder')[]) =>
  types.map((type) => ({ provider: 'aws' as const, account: ACCOUNT, type, complete: true, reasons: [] }));
const both = complete('AWS::Config::DeliveryChannel', 'AWS::Config::ConfigurationRecorder');

ruleTester(rule, {
  pass: [
    { name: 'recording everything, global included, with a channel', resource: recorder({}), others: [channel()], coverage: both },
    {
      name: 'a regional recorder without global types when another region records them',
      resource: recorder({ includeGlobalResourceTypes: false }),
      others: [channel(), recorder({}, { region: 'eu-west-1', id: 'rec-eu' })],
      coverage: both,
    },
    {
      name: 'a template recorder with a channel in the same scan',
      resource: recorder({ includeGlobalResourceTypes: false, lastStatus: null }, { origin: iacOrigin('Recorder') }),
      others: [channel('us-east-1', { origin: iacOrigin('Channel') })],
    },
  ],
  fail: [
    { name: 'no recorder in the region', resource: recorder({ name: null, recording: false, allSupported: false, includeGlobalResourceTypes: false, lastStatus: null }), message: /no AWS Config recorder/ },
    { name: 'a stopped recorder', resource: recorder({ recording: false }), others: [channel()], coverage: both, message: /stopped/ },
    { name: 'some types only', resource: recorder({ allSupported: false }), others: [channel()], coverage: both, message: /some resource types/ },
    { name: 'the last recording failed', resource: recorder({ lastStatus: 'FAILURE' }), others: [channel()], coverage: both, message: /failed/ },
    { name: 'no delivery channel in the region', resource: recorder({}), others: [channel('eu-west-1')], coverage: both, message: /no delivery channel/ },
    { name: 'nobody records global types', resource: recorder({ includeGlobalResourceTypes: false }), others: [channel()], coverage: both, message: /global/ },
  ],
  not_assessed: [
    { name: 'status denied', resource: recorder({ recording: unknown('AccessDenied on config:DescribeConfigurationRecorderStatus') }), others: [channel()], coverage: both },
    { name: 'channels not listed', resource: recorder({}), coverage: complete('AWS::Config::ConfigurationRecorder') },
    { name: 'a template recorder with no channel in the scan', resource: recorder({ lastStatus: null }, { origin: iacOrigin('Recorder') }), message: /delivery channel/ },
  ],
});
