import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-internet-gateway-authorized-vpc',
    title: 'Internet gateway is attached only to an authorised VPC',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(B)', '164.312(e)(1)'],
    resourceTypes: ['AWS::EC2::InternetGateway'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['vpc-igw-authorized-vpc-only'],
    rationale:
      'An internet gateway is what makes a VPC reachable from, and able to send to, the internet. Keeping a reviewed ' +
      'list of the VPCs allowed to have one means a VPC built for PHI processing cannot quietly gain a path to the ' +
      'internet. The rule fails closed: with no list configured, every attached gateway is reported until the ' +
      'authorised VPCs are named.',
    remediation: {
      text: 'Detach internet gateways from VPCs that should be private, or name the VPCs reviewed for internet access in options.authorizedVpcIds (VPC ids, or for templates the VPC\'s logical id or address).',
      cli: 'aws ec2 detach-internet-gateway --internet-gateway-id igw-XXXX --vpc-id vpc-XXXX',
      terraform: '# phiguard.config.yaml\nrules:\n  aws-vpc-internet-gateway-authorized-vpc:\n    options:\n      authorizedVpcIds: [vpc-0a1b2c3d4e5f60001]',
      cloudformation: '# Remove the AWS::EC2::VPCGatewayAttachment of a private VPC, or authorise the VPC:\n# rules: { aws-vpc-internet-gateway-authorized-vpc: { options: { authorizedVpcIds: [PublicVpc] } } }',
    },
  },
  options: z.object({ authorizedVpcIds: z.array(z.string()).default([]) }),
  evaluate(igw, ctx) {
    const authorized = ctx.options.authorizedVpcIds;
    const attached = igw.props.attachedVpcIds;
    if (attached.length === 0) return pass('The internet gateway is not attached to any VPC.', ev('attachedVpcIds', []));
    const bad: string[] = [];
    for (const ref of attached) {
      if (isUnknown(ref)) return unknownResult('attachedVpcIds', ref);
      // A VPC answers to its id, ARN, and in templates its token and logical id.
      const vpc = ctx.lookup('AWS::EC2::VPC', ref, igw);
      const names = new Set([ref, ...(vpc ? [vpc.id, vpc.name, ...(vpc.refs ?? []), vpc.origin.kind === 'iac' ? vpc.origin.address : ''] : [])]);
      if (!authorized.some((a) => names.has(a))) bad.push(vpc?.name ?? ref);
    }
    const seen = [ev('attachedVpcIds', attached), ev('options.authorizedVpcIds', authorized)];
    if (bad.length === 0) return pass('The internet gateway is attached only to authorised VPCs.', ...seen);
    const why = authorized.length === 0 ? ' (no VPC is authorised yet: set options.authorizedVpcIds)' : '';
    return fail(`The internet gateway is attached to VPC ${bad.join(', ')}, which is not authorised${why}.`, ...seen);
  },
});
