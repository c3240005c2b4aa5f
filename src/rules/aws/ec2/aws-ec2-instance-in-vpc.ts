import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-in-vpc',
    title: 'EC2 instance runs in a purpose-built VPC, not EC2-Classic or the default VPC',
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::EC2::Instance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ec2-in-vpc'],
    rationale:
      'Network isolation is a control only if someone designed it. EC2-Classic shares one flat network with other ' +
      'customers, and the default VPC gives every subnet a route to the internet and public addresses. Instances ' +
      'processing PHI should sit in subnets of a VPC whose routing, ACLs and flow logs were set up for them.',
    remediation: {
      text: 'Launch the instance into a subnet of a VPC you created (SubnetId / subnet_id), not the default VPC.',
      cli: 'aws ec2 run-instances --subnet-id subnet-PRIVATE ...  # replace the instance; the subnet of a running instance cannot change',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  subnet_id = aws_subnet.private.id\n}',
      cloudformation: 'SubnetId: !Ref PrivateSubnet',
    },
  },
  evaluate(instance, ctx) {
    const { subnetId, vpcId } = instance.props;
    if (isUnknown(subnetId)) return unknownResult('subnetId', subnetId);
    if (subnetId === null) {
      const live = instance.origin.kind === 'live';
      return fail(
        live ? 'The instance is not in a VPC (EC2-Classic).' : 'No subnet is named, so the instance launches in the default VPC.',
        ev('subnetId', null),
      );
    }
    // The VPC: stated by the instance (live), or by its subnet (templates).
    const subnet = ctx.lookup('AWS::EC2::Subnet', subnetId, instance);
    const vpcRef = typeof vpcId === 'string' ? vpcId : subnet && !isUnknown(subnet.props.vpcId) ? subnet.props.vpcId : null;
    const vpc = ctx.lookup('AWS::EC2::VPC', vpcRef, instance);
    const seen = ev('subnetId', subnetId);
    if (vpc && vpc.props.isDefault === true) return fail(`The instance runs in the default VPC ${vpc.name}.`, seen, ev('vpc.isDefault', true));
    if (vpc && isUnknown(vpc.props.isDefault)) return unknownResult('vpc.isDefault', vpc.props.isDefault);
    return pass(`The instance runs in subnet ${subnet?.name ?? subnetId}${vpc ? ` of VPC ${vpc.name}` : ''}.`, seen);
  },
});
