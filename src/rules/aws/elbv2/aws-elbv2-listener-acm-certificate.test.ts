import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elbv2-listener-acm-certificate.js';

const L = 'AWS::ElasticLoadBalancingV2::Listener';
const ACM = 'arn:aws:acm:us-east-1:111122223333:certificate/11111111-aaaa-bbbb-cccc-000000000001';
const IAM = 'arn:aws:iam::111122223333:server-certificate/portal-2019';
const certs = (certificates: unknown) => resource(L, { certificates: certificates as never });
const declaredCert = resource('AWS::CertificateManager::Certificate', {}, { refs: ['ref:tpl.yaml#Cert'], origin: iacOrigin('Cert') });

ruleTester(rule, {
  pass: [
    { name: 'an ACM certificate', resource: certs([ACM]), message: /ACM/ },
    { name: 'a template reference to a declared ACM certificate', resource: { ...certs(['ref:tpl.yaml#Cert']), origin: iacOrigin('Https') }, others: [declaredCert] },
  ],
  fail: [
    { name: 'an IAM server certificate among SNI certificates', resource: certs([ACM, IAM]), message: /portal-2019/ },
    { name: 'no certificate at all', resource: certs([]) },
  ],
  not_assessed: [
    { name: 'the SNI list was throttled', resource: certs(unknown('throttled: elbv2:DescribeListenerCertificates gave up after 10 attempts')) },
    { name: 'a certificate from an unresolved parameter', resource: certs([unknown('parameter CertArn has no value')]) },
    { name: 'a reference to something that is not a certificate', resource: certs(['ref:tpl.yaml#Other']), message: /does not name/ },
  ],
  not_applicable: [{ name: 'an HTTP listener', resource: resource(L, { protocol: 'HTTP', certificates: [] }) }],
});
