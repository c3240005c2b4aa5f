import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elbv2-listener-https-redirect.js';

const L = 'AWS::ElasticLoadBalancingV2::Listener';
const http = (defaultActions: unknown) =>
  resource(L, { protocol: 'HTTP', port: 80, sslPolicy: null, certificates: [], defaultActions: defaultActions as never });
const redirect = (redirectProtocol: string | ReturnType<typeof unknown>) => [{ type: 'redirect', redirectProtocol, targetGroups: [] }];

ruleTester(rule, {
  pass: [
    { name: 'redirects to HTTPS', resource: http(redirect('HTTPS')), message: /redirects to HTTPS/ },
    { name: 'answers a fixed 403', resource: http([{ type: 'fixed-response', redirectProtocol: null, targetGroups: [] }]), message: /fixed/ },
  ],
  fail: [
    { name: 'forwards to a target group', resource: http([{ type: 'forward', redirectProtocol: null, targetGroups: ['tg'] }]), message: /forward/ },
    { name: 'a template redirect that keeps the protocol', resource: { ...http(redirect('#{protocol}')), origin: iacOrigin('Http') }, message: /#\{protocol\}/ },
    { name: 'no default action', resource: http([]) },
  ],
  not_assessed: [
    { name: 'actions from an unresolved parameter', resource: http(unknown('parameter Actions has no value')) },
    { name: 'redirect protocol unknown', resource: http(redirect(unknown('parameter Proto has no value'))) },
  ],
  not_applicable: [{ name: 'an HTTPS listener', resource: resource(L, {}) }],
});
