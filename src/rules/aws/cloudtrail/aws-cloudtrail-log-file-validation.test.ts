import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-log-file-validation.js';

ruleTester(rule, {
  pass: [{ name: 'validation on', resource: resource('AWS::CloudTrail::Trail', { logFileValidation: true }) }],
  fail: [
    { name: 'validation off', resource: resource('AWS::CloudTrail::Trail', { logFileValidation: false }), message: /off/ },
    {
      name: 'a template trail without EnableLogFileValidation',
      resource: resource('AWS::CloudTrail::Trail', { logFileValidation: false }, { origin: iacOrigin('Trail') }),
    },
  ],
  not_assessed: [
    {
      name: 'validation set from an unresolved parameter',
      resource: resource('AWS::CloudTrail::Trail', { logFileValidation: unknown('parameter Validate has no value') }),
      message: /Validate/,
    },
  ],
});
