import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elb-cross-zone',
    title: 'Classic Load Balancer balances across Availability Zones',
    severity: 'low',
    hipaa: ['164.308(a)(7)(i)', '164.308(a)(7)(ii)(C)'],
    resourceTypes: ['AWS::ElasticLoadBalancing::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['clb-cross-zone'],
    rationale:
      'Without cross-zone load balancing each zone gets an equal share of traffic however few healthy instances it ' +
      'has, so losing instances in one zone overloads the rest there while others idle. Spreading requests over every ' +
      'registered instance keeps PHI systems available through a zone failure (contingency operations).',
    remediation: {
      text: 'Enable cross-zone load balancing.',
      cli: 'aws elb modify-load-balancer-attributes --load-balancer-name NAME --load-balancer-attributes "{\\"CrossZoneLoadBalancing\\":{\\"Enabled\\":true}}"',
      terraform: 'resource "aws_elb" "this" {\n  # ...\n  cross_zone_load_balancing = true\n}',
      cloudformation: 'CrossZone: true',
    },
  },
  evaluate(lb) {
    const on = lb.props.crossZone;
    if (isUnknown(on)) return unknownResult('crossZone', on);
    const evidence = ev('crossZone', on);
    return on ? pass('Cross-zone load balancing is on.', evidence) : fail('Cross-zone load balancing is off.', evidence);
  },
});
