import { defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ssm-association-compliant',
    title: 'Systems Manager managed instance is compliant with its State Manager associations',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(B)', '164.308(a)(5)(ii)(B)'],
    resourceTypes: ['AWS::SSM::ManagedInstanceCompliance'],
    sources: ['live'],
    covers: ['ssm-association-compliant'],
    rationale:
      'State Manager associations are how teams keep the CloudWatch agent, anti-malware, inventory and hardening ' +
      'settings in place on servers that process PHI. A failed association means that baseline silently did not ' +
      'apply, so the instance runs outside the configuration the risk analysis assumed.',
    remediation: {
      text: 'Open the association execution history for the instance, fix the cause (missing IAM permission, agent offline, failing document step), and re-run the association.',
      cli: 'aws ssm start-associations-once --association-ids ASSOCIATION_ID',
    },
  },
  evaluate(compliance) {
    const { association, instanceId } = compliance.props;
    // No association targets the instance: nothing to be compliant with.
    if (association === null) return null;
    if (isUnknown(association.status)) return unknownResult('association.status', association.status);
    const evidence = [
      ev('association.status', association.status),
      ev('association.nonCompliantCount', association.nonCompliantCount),
      ev('association.executionTime', association.executionTime),
    ];
    if (association.status === 'COMPLIANT') return pass(`Every association applied to instance ${instanceId} succeeded.`, ...evidence);
    return fail(
      `Instance ${instanceId} is ${association.status} with its associations: ${association.nonCompliantCount} did not apply successfully.`,
      ...evidence,
    );
  },
});
