import { defineRule } from '../../define.js';
import { isUnknown } from '../../../model/unknown.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ssm-patch-compliant',
    title: 'Systems Manager managed instance is patch compliant',
    severity: 'high',
    hipaa: ['164.308(a)(1)(ii)(B)', '164.308(a)(5)(ii)(B)'],
    resourceTypes: ['AWS::SSM::ManagedInstanceCompliance'],
    sources: ['live'],
    covers: ['ssm-patch-compliant'],
    rationale:
      'Missing operating system and application patches are the usual way into a server that holds or reaches PHI. ' +
      'Patch Manager already knows which approved patches an instance lacks; an instance it reports NON_COMPLIANT ' +
      'is a known, unremediated vulnerability that the risk management plan must close.',
    remediation: {
      text: 'Install the missing patches (Patch Manager "Patch now" or a maintenance window running AWS-RunPatchBaseline with Operation=Install), then rescan so compliance is reported again.',
      cli: 'aws ssm send-command --document-name AWS-RunPatchBaseline --targets Key=InstanceIds,Values=i-XXXX --parameters Operation=Install',
    },
  },
  evaluate(compliance) {
    const { patch, instanceId } = compliance.props;
    // Never patch-scanned: no compliance to judge here (an unmanaged instance is another rule's).
    if (patch === null) return null;
    if (isUnknown(patch.status)) return unknownResult('patch.status', patch.status);
    const evidence = [ev('patch.status', patch.status), ev('patch.nonCompliantCount', patch.nonCompliantCount), ev('patch.executionTime', patch.executionTime)];
    if (patch.status === 'COMPLIANT') return pass(`Instance ${instanceId} has every patch its baseline approves.`, ...evidence);
    const severity = patch.overallSeverity && patch.overallSeverity !== 'UNSPECIFIED' ? ` (highest severity ${patch.overallSeverity})` : '';
    return fail(
      `Instance ${instanceId} is ${patch.status} for patches: ${patch.nonCompliantCount} missing or failed${severity}.`,
      ...evidence,
      ev('patch.overallSeverity', patch.overallSeverity),
    );
  },
});
