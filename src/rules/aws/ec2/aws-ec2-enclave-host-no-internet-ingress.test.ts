import type { SgRule } from '../../../model/aws/ec2-network.js';
import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ec2-enclave-host-no-internet-ingress.js';

const world = (port: number): SgRule => ({ protocol: 'tcp', fromPort: port, toPort: port, peer: { kind: 'ipv4', cidr: '0.0.0.0/0' } });
const group = (ingress: SgRule[]) => resource('AWS::EC2::SecurityGroup', { ingress }, { name: 'enclave-host', refs: ['sg-enc'] });
const host = resource('AWS::EC2::Instance', { enclave: true, securityGroups: ['sg-enc'] });

ruleTester(rule, {
  pass: [
    { name: 'a host open to the internet on 443 only', resource: host, others: [group([world(443)])] },
    { name: 'a host reachable only from the VPC', resource: host, others: [group([{ ...world(8000), peer: { kind: 'ipv4', cidr: '10.0.0.0/16' } }])] },
  ],
  fail: [
    { name: 'the vsock-proxy port open to the internet', resource: host, others: [group([world(8000)])], message: /vsock-proxy/ },
    { name: 'SSH open to the internet', resource: host, others: [group([world(22)])], message: /enclave-host: tcp 22/ },
  ],
  not_assessed: [
    { name: 'a security group outside the scan', resource: host, message: /not in the scan/ },
    { name: 'a group whose rules could not be read', resource: host, others: [resource('AWS::EC2::SecurityGroup', { ingress: unknown('AccessDenied on ec2:DescribeSecurityGroups') }, { refs: ['sg-enc'] })] },
  ],
  not_applicable: [{ name: 'an instance without enclaves', resource: resource('AWS::EC2::Instance', { securityGroups: ['sg-enc'] }), others: [group([world(22)])] }],
});
