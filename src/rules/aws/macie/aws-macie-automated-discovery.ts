import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-macie-automated-discovery',
    title: 'Macie is enabled with automated sensitive data discovery',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(A)'],
    resourceTypes: ['AWS::Macie::Session'],
    sources: ['live'],
    covers: ['gap-aws-macie-automated-discovery'],
    rationale:
      'The risk analysis (164.308(a)(1)(ii)(A)) starts from knowing where ePHI is. Macie\'s automated discovery samples ' +
      'every S3 bucket continuously and reports the ones holding health, identity or financial data, including the ' +
      'buckets nobody tagged as PHI.',
    remediation: {
      text: 'Enable Macie in every region holding S3 data, and turn on automated sensitive data discovery.',
      cli: 'aws macie2 enable-macie --region REGION\naws macie2 update-automated-discovery-configuration --status ENABLED --region REGION',
    },
  },
  evaluate(session) {
    const { status, automatedDiscovery } = session.props;
    if (isUnknown(status)) return unknownResult('status', status);
    if (status === null) return fail('Macie is not enabled in the region.', ev('status', null));
    if (status === 'PAUSED') return fail('Macie is paused in the region.', ev('status', status));
    if (isUnknown(automatedDiscovery)) return unknownResult('automatedDiscovery', automatedDiscovery);
    const evidence = [ev('status', status), ev('automatedDiscovery', automatedDiscovery)];
    if (automatedDiscovery !== 'ENABLED') return fail('Macie is enabled but automated sensitive data discovery is off.', ...evidence);
    return pass('Macie is enabled with automated sensitive data discovery.', ...evidence);
  },
});
