import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-guardduty-detector-enabled.js';

const detector = (props: object, origin?: ReturnType<typeof iacOrigin>) =>
  resource('AWS::GuardDuty::Detector', props, origin ? { origin } : {});

ruleTester(rule, {
  pass: [
    { name: 'an enabled detector', resource: detector({}), message: /enabled/ },
    { name: 'a template detector with Enable: true', resource: detector({ status: 'ENABLED', detectorId: unknown('assigned at deploy') }, iacOrigin('Detector')) },
  ],
  fail: [
    { name: 'a region without a detector', resource: detector({ detectorId: null, status: null, findings: null }), message: /no GuardDuty detector/ },
    { name: 'a suspended detector', resource: detector({ status: 'DISABLED' }), message: /suspended/ },
    { name: 'a template detector with Enable: false', resource: detector({ status: 'DISABLED' }, iacOrigin('Detector')) },
  ],
  not_assessed: [
    { name: 'GetDetector was denied', resource: detector({ status: unknown('AccessDenied on guardduty:GetDetector') }), message: /GetDetector/ },
  ],
});
