import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-autoscaling-launch-config-no-public-ip',
    title: 'Launch configuration or launch template does not give instances public IP addresses',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::AutoScaling::LaunchConfiguration', 'AWS::EC2::LaunchTemplate'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['asg-launch-config-no-public-ip'],
    rationale:
      'Every instance an Auto Scaling group launches from this configuration gets an internet-routable address, so ' +
      'one permissive security group exposes the whole fleet. Instances processing PHI should be reached through a ' +
      'load balancer; when the setting is left out the subnet decides, which the subnet rule judges.',
    remediation: {
      text: 'Set AssociatePublicIpAddress to false (or leave it out and launch into private subnets); launch configurations cannot be edited, so create a new one or move to a launch template.',
      cli: 'aws ec2 create-launch-template-version --launch-template-id lt-XXXX --source-version 1 --launch-template-data \'{"NetworkInterfaces":[{"DeviceIndex":0,"AssociatePublicIpAddress":false}]}\'',
      terraform: 'resource "aws_launch_template" "app" {\n  # ...\n  network_interfaces {\n    associate_public_ip_address = false\n  }\n}',
      cloudformation: 'LaunchTemplateData:\n  NetworkInterfaces:\n    - DeviceIndex: 0\n      AssociatePublicIpAddress: false',
    },
  },
  evaluate(config) {
    const publicIp = config.props.publicIp;
    if (isUnknown(publicIp)) return unknownResult('publicIp', publicIp);
    const seen = ev('publicIp', publicIp);
    if (publicIp === true) return fail('Instances launched from it get a public IP address.', seen);
    if (publicIp === null) return pass("It leaves public addresses to the subnet's setting.", seen);
    return pass('It does not associate public IP addresses.', seen);
  },
});
