import type { ClbListener } from '../../../model/aws/edge-elb.js';
import { unknown } from '../../../model/unknown.js';
import { goodProps, iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elb-https-listeners-only.js';

const CLB = 'AWS::ElasticLoadBalancing::LoadBalancer';
const https = (goodProps(CLB).listeners as ClbListener[])[0]!;
const plain = (protocol: string, port: number) => ({ protocol, port, instanceProtocol: protocol, certificateId: null, sslPolicy: null });

ruleTester(rule, {
  pass: [
    { name: 'an HTTPS listener only', resource: resource(CLB, {}), message: /HTTPS or SSL/ },
    { name: 'HTTPS and SSL listeners', resource: resource(CLB, { listeners: [https!, { ...https, protocol: 'SSL', port: 8443 }] }) },
  ],
  fail: [
    { name: 'an HTTP listener beside HTTPS', resource: resource(CLB, { listeners: [https, plain('HTTP', 80)] }), message: /HTTP:80/ },
    { name: 'a template TCP listener', resource: resource(CLB, { listeners: [plain('TCP', 2575)] }, { origin: iacOrigin('Legacy') }), message: /TCP:2575/ },
  ],
  not_assessed: [
    { name: 'listeners from an unresolved parameter', resource: resource(CLB, { listeners: unknown('parameter Listeners has no value') }) },
    { name: 'a listener protocol unknown', resource: resource(CLB, { listeners: [{ ...plain('HTTP', 80), protocol: unknown('parameter Proto has no value') }] }) },
  ],
});
