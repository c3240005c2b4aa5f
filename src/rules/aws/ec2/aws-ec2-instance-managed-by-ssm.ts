import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-managed-by-ssm',
    title: 'Running EC2 instance is managed by Systems Manager',
    severity: 'medium',
    hipaa: ['164.308(a)(5)(ii)(B)', '164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::EC2::Instance'],
    sources: ['live'],
    covers: ['ec2-managed-by-ssm'],
    rationale:
      'Instances registered with Systems Manager can be patched by Patch Manager, inventoried and reached through ' +
      'Session Manager without open SSH ports; unmanaged instances are patched only if someone remembers. Protection ' +
      'from malicious software on hosts processing PHI depends on that patching.',
    remediation: {
      text: 'Install and run the SSM Agent (preinstalled on Amazon Linux and Windows AMIs), give the instance profile the AmazonSSMManagedInstanceCore policy, and allow it to reach Systems Manager (VPC endpoints or NAT).',
      cli: 'aws iam attach-role-policy --role-name INSTANCE_ROLE --policy-arn arn:aws:iam::aws:policy/AmazonSSMManagedInstanceCore',
    },
  },
  evaluate(instance) {
    const { state, ssmManaged } = instance.props;
    // A stopped instance does not report to Systems Manager, managed or not.
    if (state !== 'running') return isUnknown(state) ? unknownResult('state', state) : null;
    if (isUnknown(ssmManaged)) return unknownResult('ssmManaged', ssmManaged);
    const seen = ev('ssmManaged', ssmManaged);
    if (ssmManaged) return pass('The instance is registered with Systems Manager.', seen);
    return fail('The instance is not registered with Systems Manager.', seen);
  },
});
