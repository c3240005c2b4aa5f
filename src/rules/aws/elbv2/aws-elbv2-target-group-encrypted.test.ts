import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-elbv2-target-group-encrypted.js';

const TG = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const phi = { tags: { 'data-classification': 'phi' } };

ruleTester(rule, {
  pass: [
    { name: 'HTTPS to the targets', resource: resource(TG, { protocol: 'HTTPS' }, phi), message: /HTTPS/ },
    { name: 'TLS to the targets', resource: resource(TG, { protocol: 'TLS' }, phi) },
  ],
  fail: [
    { name: 'plain HTTP to PHI targets', resource: resource(TG, { protocol: 'HTTP' }, phi), message: /unencrypted/ },
    { name: 'a template TCP target group', resource: resource(TG, { protocol: 'TCP' }, { ...phi, origin: iacOrigin('App') }) },
  ],
  not_assessed: [{ name: 'protocol not declared', resource: resource(TG, { protocol: unknown('Protocol is not declared') }, phi) }],
  not_applicable: [
    { name: 'not a PHI target group', resource: resource(TG, { protocol: 'HTTP' }) },
    { name: 'Lambda targets', resource: resource(TG, { targetType: 'lambda', protocol: null }, phi) },
    { name: 'a GENEVE target group', resource: resource(TG, { protocol: 'GENEVE' }, phi) },
  ],
});
