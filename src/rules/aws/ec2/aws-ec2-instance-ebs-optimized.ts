import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

/** Families that cannot be EBS-optimized at all. */
const UNSUPPORTED = new Set(['t1', 't2', 'm1', 'm2', 'c1', 'cc1', 'cc2', 'cg1', 'cr1', 'hi1', 'hs1']);
/**
 * Previous-generation families where EBS optimization is an option that costs extra (for
 * some sizes); every other family, all current generation, is EBS-optimized by default
 * whatever the flag says.
 */
const OPTIONAL = new Set(['m3', 'c3', 'r3', 'i2', 'g2']);

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-ebs-optimized',
    title: 'EC2 instance is EBS-optimized where its type allows',
    severity: 'low',
    hipaa: ['164.308(a)(7)(i)', '164.312(a)(2)(ii)'],
    resourceTypes: ['AWS::EC2::Instance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ec2-ebs-optimized'],
    rationale:
      'Without EBS optimization, disk and network traffic share one link, so a busy network starves storage I/O ' +
      'and the reverse; databases of patient records then stall under load. Current instance types are optimized ' +
      'by default; older ones need the option set.',
    remediation: {
      text: 'Enable EBS optimization on previous-generation instances that support it, or move them to a current-generation type (optimized by default).',
      cli: 'aws ec2 modify-instance-attribute --instance-id i-XXXX --ebs-optimized  # the instance must be stopped',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  ebs_optimized = true\n}',
      cloudformation: 'EbsOptimized: true',
    },
  },
  evaluate(instance) {
    const { instanceType, ebsOptimized } = instance.props;
    if (isUnknown(instanceType)) return unknownResult('instanceType', instanceType);
    const family = instanceType.split('.')[0]!.toLowerCase();
    if (UNSUPPORTED.has(family)) return null;
    const type = ev('instanceType', instanceType);
    if (!OPTIONAL.has(family)) return pass(`${instanceType} is EBS-optimized by default.`, type);
    if (isUnknown(ebsOptimized)) return unknownResult('ebsOptimized', ebsOptimized);
    const seen = ev('ebsOptimized', ebsOptimized);
    if (ebsOptimized) return pass(`${instanceType} has EBS optimization enabled.`, type, seen);
    return fail(`${instanceType} supports EBS optimization, but it is not enabled.`, type, seen);
  },
});
