import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elb-acm-certificate.js';

const CLB = 'AWS::ElasticLoadBalancing::LoadBalancer';
const cert = (certificateId: unknown, protocol = 'HTTPS') =>
  resource(CLB, { listeners: [{ protocol, port: 443, instanceProtocol: 'HTTP', certificateId: certificateId as never, sslPolicy: null }] });

ruleTester(rule, {
  pass: [
    { name: 'an ACM certificate', resource: resource(CLB, {}), message: /ACM/ },
    { name: 'an SSL listener with an ACM certificate', resource: cert('arn:aws:acm:us-east-1:111122223333:certificate/y', 'SSL') },
  ],
  fail: [
    { name: 'an IAM server certificate', resource: cert('arn:aws:iam::111122223333:server-certificate/legacy'), message: /legacy/ },
    { name: 'a template IAM certificate', resource: { ...cert('arn:aws:iam::111122223333:server-certificate/old'), origin: iacOrigin('Legacy') } },
  ],
  not_assessed: [{ name: 'certificate from an unresolved parameter', resource: cert(unknown('parameter Cert has no value')) }],
  not_applicable: [{ name: 'HTTP only', resource: cert(null, 'HTTP') }],
});
