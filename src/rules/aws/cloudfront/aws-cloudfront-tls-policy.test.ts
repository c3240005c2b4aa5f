import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudfront-tls-policy.js';

const D = 'AWS::CloudFront::Distribution';

ruleTester(rule, {
  pass: [
    { name: 'TLSv1.2_2021 with an ACM certificate', resource: resource(D, {}), message: /TLSv1.2_2021/ },
    { name: 'TLSv1.2_2019', resource: resource(D, { minimumProtocolVersion: 'TLSv1.2_2019' }) },
  ],
  fail: [
    { name: 'the cloudfront.net certificate', resource: resource(D, { usesDefaultCertificate: true, minimumProtocolVersion: 'TLSv1' }), message: /cloudfront\.net/ },
    { name: 'a template custom certificate at the default TLSv1', resource: resource(D, { minimumProtocolVersion: 'TLSv1' }, { origin: iacOrigin('Cdn') }), message: /TLSv1 is older/ },
    { name: 'TLSv1.2_2018', resource: resource(D, { minimumProtocolVersion: 'TLSv1.2_2018' }) },
    { name: 'TLSv1.2_2021 when 2025 is required', resource: resource(D, {}), options: { minimumPolicy: 'TLSv1.2_2025' } },
  ],
  not_assessed: [
    { name: 'policy from an unresolved parameter', resource: resource(D, { minimumProtocolVersion: unknown('parameter Tls has no value') }) },
    { name: 'a policy name not in the table', resource: resource(D, { minimumProtocolVersion: 'TLSv1.4_2031' }), message: /not a security policy/ },
  ],
});
