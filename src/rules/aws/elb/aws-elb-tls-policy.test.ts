import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elb-tls-policy.js';

const CLB = 'AWS::ElasticLoadBalancing::LoadBalancer';
const withPolicy = (sslPolicy: unknown, protocol = 'HTTPS') =>
  resource(CLB, { listeners: [{ protocol, port: 443, instanceProtocol: 'HTTPS', certificateId: 'arn:aws:acm:us-east-1:111122223333:certificate/x', sslPolicy: sslPolicy as never }] });

ruleTester(rule, {
  pass: [
    { name: 'the TLS 1.2 predefined policy', resource: resource(CLB, {}), message: /predefined TLS 1.2/ },
    {
      name: 'an SSL listener with the TLS 1.2 policy',
      resource: withPolicy({ name: 'tls12', reference: 'ELBSecurityPolicy-TLS-1-2-2017-01', protocols: ['TLSv1.2'] }, 'SSL'),
    },
  ],
  fail: [
    {
      name: 'the 2016-08 default',
      resource: withPolicy({ name: 'ELBSecurityPolicy-2016-08', reference: 'ELBSecurityPolicy-2016-08', protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] }),
      message: /TLS 1.0/,
    },
    { name: 'a custom TLS 1.2 policy', resource: withPolicy({ name: 'mine', reference: null, protocols: ['TLSv1.2'] }), message: /custom policy mine/ },
    {
      name: 'a template TLS 1.1 policy',
      resource: { ...withPolicy({ name: 'p', reference: 'ELBSecurityPolicy-TLS-1-1-2017-01', protocols: ['TLSv1.1', 'TLSv1.2'] }), origin: iacOrigin('Legacy') },
    },
  ],
  not_assessed: [
    { name: 'policies could not be read', resource: withPolicy(unknown('AccessDenied on elasticloadbalancing:DescribeLoadBalancerPolicies')) },
    { name: 'a reference phiguard does not know', resource: withPolicy({ name: 'p', reference: 'ELBSecurityPolicy-2031', protocols: unknown('ELBSecurityPolicy-2031 is not a predefined policy phiguard knows') }) },
  ],
  not_applicable: [{ name: 'only HTTP listeners', resource: withPolicy(null, 'HTTP') }],
});
