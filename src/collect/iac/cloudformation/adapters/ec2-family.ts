import { autoScalingGroup, instance, launchConfiguration, launchTemplate, volume, volumeAttachmentJoin } from './ec2-compute.js';
import {
  flowLogJoin,
  gatewayAttachmentJoin,
  internetGateway,
  naclEntryJoin,
  networkAcl,
  routeJoin,
  routeTable,
  securityGroup,
  sgEgressJoin,
  sgIngressJoin,
  subnet,
  vpc,
  vpcEndpointJoin,
} from './ec2-network.js';
import type { CfnFamily } from './types.js';

/** CloudFormation adapters and joins of the ec2 family (EC2, EBS, VPC, Auto Scaling and Systems Manager). */
export const EC2_CFN: CfnFamily = {
  types: [
    'AWS::EC2::Instance',
    'AWS::EC2::Volume',
    'AWS::EC2::LaunchTemplate',
    'AWS::AutoScaling::LaunchConfiguration',
    'AWS::AutoScaling::AutoScalingGroup',
    'AWS::EC2::SecurityGroup',
    'AWS::EC2::NetworkAcl',
    'AWS::EC2::VPC',
    'AWS::EC2::Subnet',
    'AWS::EC2::RouteTable',
    'AWS::EC2::InternetGateway',
  ],
  adapters: [
    ['AWS::EC2::Instance', instance],
    ['AWS::EC2::Volume', volume],
    ['AWS::EC2::LaunchTemplate', launchTemplate],
    ['AWS::AutoScaling::LaunchConfiguration', launchConfiguration],
    ['AWS::AutoScaling::AutoScalingGroup', autoScalingGroup],
    ['AWS::EC2::SecurityGroup', securityGroup],
    ['AWS::EC2::NetworkAcl', networkAcl],
    ['AWS::EC2::VPC', vpc],
    ['AWS::EC2::Subnet', subnet],
    ['AWS::EC2::RouteTable', routeTable],
    ['AWS::EC2::InternetGateway', internetGateway],
  ],
  joins: [sgIngressJoin, sgEgressJoin, naclEntryJoin, flowLogJoin, vpcEndpointJoin, routeJoin, gatewayAttachmentJoin, volumeAttachmentJoin],
};
