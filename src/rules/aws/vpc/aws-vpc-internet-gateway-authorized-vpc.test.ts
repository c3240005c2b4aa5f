import type { Ec2InternetGatewayProps } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-vpc-internet-gateway-authorized-vpc.js';

const VPC = 'vpc-0a1b2c3d4e5f60001';
const igw = (attachedVpcIds: Ec2InternetGatewayProps['attachedVpcIds']) =>
  resource('AWS::EC2::InternetGateway', { attachedVpcIds });

ruleTester(rule, {
  pass: [
    { name: 'attached to an authorised VPC', resource: igw([VPC]), options: { authorizedVpcIds: [VPC] } },
    { name: 'not attached at all', resource: igw([]), message: /not attached/ },
    {
      name: 'a template gateway attached to a VPC authorised by logical id',
      resource: resource('AWS::EC2::InternetGateway', { attachedVpcIds: ['ref:t.yaml#PublicVpc'] }, { origin: iacOrigin('Igw') }),
      others: [resource('AWS::EC2::VPC', {}, { origin: iacOrigin('PublicVpc', 't.yaml'), refs: ['ref:t.yaml#PublicVpc'] })],
      options: { authorizedVpcIds: ['PublicVpc'] },
    },
  ],
  fail: [
    { name: 'attached with no VPC authorised (fail closed)', resource: igw([VPC]), message: /no VPC is authorised yet/ },
    { name: 'attached to a VPC not on the list', resource: igw([VPC]), options: { authorizedVpcIds: ['vpc-other'] } },
  ],
  not_assessed: [{ name: 'an attachment naming an unresolved VPC', resource: igw([unknown('parameter VpcId has no value')]), options: { authorizedVpcIds: [VPC] } }],
});
