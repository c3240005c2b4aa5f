import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-waf-classic-web-acl-logging',
    title: 'WAF Classic web ACL logs the requests it inspects',
    severity: 'low',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::WAF::WebACL'],
    sources: ['live'],
    covers: ['waf-classic-web-acl-logging'],
    rationale:
      'A WAF Classic web ACL still in front of a PHI distribution decides which requests get through; without ' +
      'logging those decisions leave no record. WAF Classic is past end of support, so the lasting fix is migrating ' +
      'the ACL to WAFv2, where logging is also available.',
    remediation: {
      text: 'Migrate the web ACL to AWS WAF (v2) and configure its logging; until then, send the Classic ACL logs to a Firehose stream named aws-waf-logs-*.',
      cli: 'aws waf put-logging-configuration --logging-configuration ResourceArn=arn:aws:waf::ACCOUNT:webacl/ACL_ID,LogDestinationConfigs=arn:aws:firehose:us-east-1:ACCOUNT:deliverystream/aws-waf-logs-NAME',
    },
  },
  evaluate(acl) {
    const dest = acl.props.logDestinations;
    if (isUnknown(dest)) return unknownResult('logDestinations', dest);
    const evidence = ev('logDestinations', dest);
    if (!dest || dest.length === 0) return fail('The WAF Classic web ACL has no logging configuration.', evidence);
    return pass(`The web ACL logs to ${dest.filter((d) => typeof d === 'string').join(', ')}.`, evidence);
  },
});
