import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-acm-certificate-not-expiring.js';

const C = 'AWS::CertificateManager::Certificate';
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000 + 3_600_000).toISOString();

ruleTester(rule, {
  pass: [
    { name: 'valid for 200 days', resource: resource(C, { notAfter: inDays(200) }), message: /200 more days/ },
    { name: '20 days left with a 14-day window', resource: resource(C, { notAfter: inDays(20) }), options: { days: 14 } },
  ],
  fail: [
    { name: 'expires in 10 days and in use', resource: resource(C, { notAfter: inDays(10) }), message: /10 day\(s\).*in use/ },
    { name: 'expired last month', resource: resource(C, { status: 'EXPIRED', notAfter: inDays(-31), inUse: false }), message: /expired 3\d day/ },
    { name: '45 days left with a 60-day window', resource: resource(C, { notAfter: inDays(45) }), options: { days: 60 } },
  ],
  not_assessed: [
    { name: 'status unknown', resource: resource(C, { status: unknown('acm:ListCertificates returned no Status') }) },
    { name: 'issued but no expiry reported', resource: resource(C, { notAfter: null }), message: /no expiry/ },
  ],
  not_applicable: [{ name: 'pending validation', resource: resource(C, { status: 'PENDING_VALIDATION', notAfter: null }) }],
});
