import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elbv2-listener-tls-policy.js';

const L = 'AWS::ElasticLoadBalancingV2::Listener';
const policy = (sslPolicy: string | ReturnType<typeof unknown>, protocol = 'HTTPS') => resource(L, { protocol, sslPolicy });

ruleTester(rule, {
  pass: [
    { name: 'TLS 1.3/1.2 policy', resource: policy('ELBSecurityPolicy-TLS13-1-2-2021-06'), message: /TLS 1.2 and later/ },
    { name: 'a TLS listener with the FS 1.2 policy', resource: policy('ELBSecurityPolicy-FS-1-2-Res-2020-10', 'TLS') },
    { name: 'TLS 1.3 only when 1.3 is required', resource: policy('ELBSecurityPolicy-TLS13-1-3-2021-06'), options: { minTlsVersion: '1.3' } },
  ],
  fail: [
    { name: 'the 2016-08 default', resource: policy('ELBSecurityPolicy-2016-08'), message: /TLS 1.0/ },
    { name: 'a template TLS 1.1 policy', resource: { ...policy('ELBSecurityPolicy-TLS-1-1-2017-01'), origin: iacOrigin('Https') }, message: /TLS 1.1/ },
    { name: 'TLS 1.2 when 1.3 is required', resource: policy('ELBSecurityPolicy-TLS13-1-2-2021-06'), options: { minTlsVersion: '1.3' } },
  ],
  not_assessed: [
    { name: 'policy from an unresolved parameter', resource: policy(unknown('parameter Policy has no value')) },
    { name: 'a policy name not in the table', resource: policy('ELBSecurityPolicy-TLS14-2031-01'), message: /not a security policy phiguard knows/ },
  ],
  not_applicable: [{ name: 'an HTTP listener', resource: resource(L, { protocol: 'HTTP', sslPolicy: null }) }],
});
