import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-detailed-monitoring',
    title: 'EC2 instance has detailed (1-minute) CloudWatch monitoring',
    severity: 'low',
    hipaa: ['164.312(b)'],
    resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ec2-detailed-monitoring'],
    rationale:
      'Basic monitoring samples every five minutes, long enough for a burst of exfiltration traffic or a crypto ' +
      'miner\'s CPU spike to vanish between data points. One-minute metrics give alarms and investigations of ' +
      'systems holding PHI the resolution to see what happened.',
    remediation: {
      text: 'Enable detailed monitoring on the instance, or in the launch template or launch configuration it comes from.',
      cli: 'aws ec2 monitor-instances --instance-ids i-XXXX',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  monitoring = true\n}',
      cloudformation: 'Monitoring: true',
    },
  },
  evaluate(r) {
    const on = r.props.detailedMonitoring;
    if (isUnknown(on)) return unknownResult('detailedMonitoring', on);
    const seen = ev('detailedMonitoring', on);
    return on ? pass('Detailed monitoring is enabled.', seen) : fail('Only basic (5-minute) monitoring is enabled.', seen);
  },
});
