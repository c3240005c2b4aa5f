import type { AnyResource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';
import type { RuleContext } from '../../types.js';

/** A VPC runs PHI workloads when it is tagged so, or a PHI-tagged instance runs in it (directly or through its subnet). */
function runsPhi(vpc: AnyResource, ctx: RuleContext): boolean {
  if (ctx.isPhi(vpc)) return true;
  const names = new Set([vpc.id, ...(vpc.refs ?? [])]);
  return ctx.list('AWS::EC2::Instance', vpc).resources.some((i) => {
    if (!ctx.isPhi(i)) return false;
    if (typeof i.props.vpcId === 'string' && names.has(i.props.vpcId)) return true;
    const subnet = ctx.lookup('AWS::EC2::Subnet', i.props.subnetId, i);
    return subnet !== undefined && typeof subnet.props.vpcId === 'string' && names.has(subnet.props.vpcId);
  });
}

/** `com.amazonaws.us-east-1.s3`, or a template's `com.amazonaws.${AWS::Region}.s3` resolved or not, ends in the service. */
const service = (name: string): string => name.split('.').pop() ?? name;

export default defineRule({
  meta: {
    id: 'aws-vpc-phi-gateway-endpoints',
    title: 'VPC running PHI workloads has S3 and DynamoDB gateway endpoints',
    severity: 'medium',
    hipaa: ['164.312(e)(1)'],
    resourceTypes: ['AWS::EC2::VPC'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-vpc-gateway-endpoints'],
    rationale:
      'PHI workloads read and write S3 and DynamoDB constantly. Gateway endpoints (free) keep that traffic off the ' +
      'NAT and internet path, and their policies plus aws:SourceVpce bucket conditions make the data reachable only ' +
      'from inside the VPC, so stolen credentials alone are not enough to copy it out.',
    remediation: {
      text: 'Add gateway endpoints for com.amazonaws.REGION.s3 and com.amazonaws.REGION.dynamodb to the route tables of the subnets running PHI workloads.',
      cli: 'aws ec2 create-vpc-endpoint --vpc-id vpc-XXXX --vpc-endpoint-type Gateway --service-name com.amazonaws.REGION.dynamodb --route-table-ids rtb-XXXX',
      terraform: 'resource "aws_vpc_endpoint" "dynamodb" {\n  vpc_id            = aws_vpc.phi.id\n  service_name      = "com.amazonaws.us-east-1.dynamodb"\n  vpc_endpoint_type = "Gateway"\n  route_table_ids   = [aws_route_table.private.id]\n}',
      cloudformation: 'DynamoDbEndpoint:\n  Type: AWS::EC2::VPCEndpoint\n  Properties:\n    VpcId: !Ref PhiVpc\n    ServiceName: !Sub com.amazonaws.${AWS::Region}.dynamodb\n    VpcEndpointType: Gateway\n    RouteTableIds: [!Ref PrivateRouteTable]',
    },
  },
  evaluate(vpc, ctx) {
    if (!runsPhi(vpc, ctx)) return null;
    const endpoints = vpc.props.endpoints;
    if (isUnknown(endpoints)) return unknownResult('endpoints', endpoints);
    const have = new Set<string>();
    let undecided: { $unknown: string } | undefined;
    for (const e of endpoints) {
      if (isUnknown(e)) {
        undecided ??= e;
        continue;
      }
      if (isUnknown(e.serviceName) || isUnknown(e.endpointType)) {
        undecided ??= isUnknown(e.serviceName) ? e.serviceName : (e.endpointType as { $unknown: string });
        continue;
      }
      if (e.endpointType === 'Gateway') have.add(service(e.serviceName));
    }
    const missing = ['s3', 'dynamodb'].filter((s) => !have.has(s));
    if (missing.length === 0) return pass('The VPC has gateway endpoints for S3 and DynamoDB.', ev('gatewayEndpoints', [...have]));
    if (undecided) return unknownResult('endpoints', undecided);
    return fail(`The PHI VPC has no gateway endpoint for ${missing.join(' or ')}.`, ev('gatewayEndpoints', [...have]), ev('missing', missing));
  },
});
