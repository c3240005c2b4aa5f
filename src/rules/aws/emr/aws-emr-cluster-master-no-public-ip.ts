import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-emr-cluster-master-no-public-ip',
    title: 'EMR cluster primary node has no public IP address',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(1)(ii)(B)'],
    resourceTypes: ['AWS::EMR::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['emr-master-no-public-ip'],
    rationale:
      'The primary node runs the web UIs, the YARN resource manager and the Hive/Spark endpoints over the data the ' +
      'cluster processes; several of them have no authentication by default. With a public address it is one ' +
      'security group rule away from the internet. PHI clusters belong in private subnets, reached over VPN or Session Manager.',
    remediation: {
      text: 'Launch the cluster in a private subnet (no public IP on launch, outbound through NAT or VPC endpoints) and keep EMR block public access on.',
      cli: 'aws emr put-block-public-access-configuration --block-public-access-configuration BlockPublicSecurityGroupRules=true  # and relaunch in a private subnet',
      terraform: 'resource "aws_emr_cluster" "this" {\n  # ...\n  ec2_attributes {\n    subnet_id        = aws_subnet.private.id\n    instance_profile = aws_iam_instance_profile.emr.arn\n  }\n}',
      cloudformation: 'Instances:\n  Ec2SubnetId: !Ref PrivateSubnet\n  # ...',
    },
  },
  evaluate(cluster, ctx) {
    const { masterPublicIp: ip, subnetId } = cluster.props;
    if (isUnknown(ip)) return unknownResult('masterPublicIp', ip);
    if (ip === true) return fail('The primary node has a public IP address.', ev('masterPublicIp', true));
    if (ip === false) return pass('The primary node has no public IP address.', ev('masterPublicIp', false));
    // A declaration: the subnet decides when the cluster launches.
    if (isUnknown(subnetId)) return unknownResult('subnetId', subnetId);
    if (subnetId === null) {
      return fail("No subnet is named, so the cluster launches in the default VPC's default subnet, which assigns public IP addresses.", ev('subnetId', null));
    }
    const subnet = ctx.lookup('AWS::EC2::Subnet', subnetId, cluster);
    if (!subnet) return notAssessed(`the primary node's address is left to subnet ${subnetId}, which is not in the scan`, ev('subnetId', subnetId));
    const maps = subnet.props.mapPublicIpOnLaunch;
    if (isUnknown(maps)) return unknownResult('subnet.mapPublicIpOnLaunch', maps);
    const seen = [ev('subnetId', subnetId), ev('subnet.mapPublicIpOnLaunch', maps)];
    if (maps) return fail(`Subnet ${subnet.name} assigns a public IP address to the primary node launched in it.`, ...seen);
    return pass(`Subnet ${subnet.name} does not assign public IP addresses.`, ...seen);
  },
});
