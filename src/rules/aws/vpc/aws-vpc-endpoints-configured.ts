import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-endpoints-configured',
    title: 'VPC reaches AWS services through VPC endpoints',
    severity: 'low',
    hipaa: ['164.312(e)(1)', '164.314(b)(2)(ii)'],
    resourceTypes: ['AWS::EC2::VPC'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['vpc-endpoints-configured'],
    rationale:
      'Without endpoints, calls from the VPC to S3, KMS, Secrets Manager and other services leave through NAT or an ' +
      'internet gateway and cross the public internet. Endpoints keep that traffic on the AWS network and let ' +
      'endpoint policies limit which buckets and keys PHI workloads may reach.',
    remediation: {
      text: 'Create VPC endpoints for the AWS services the workloads use: gateway endpoints for S3 and DynamoDB (free), interface endpoints for KMS, Secrets Manager, SSM, ECR, CloudWatch Logs.',
      cli: 'aws ec2 create-vpc-endpoint --vpc-id vpc-XXXX --vpc-endpoint-type Gateway --service-name com.amazonaws.REGION.s3 --route-table-ids rtb-XXXX',
      terraform: 'resource "aws_vpc_endpoint" "s3" {\n  vpc_id            = aws_vpc.main.id\n  service_name      = "com.amazonaws.us-east-1.s3"\n  vpc_endpoint_type = "Gateway"\n  route_table_ids   = [aws_route_table.private.id]\n}',
      cloudformation: 'S3Endpoint:\n  Type: AWS::EC2::VPCEndpoint\n  Properties:\n    VpcId: !Ref Vpc\n    ServiceName: !Sub com.amazonaws.${AWS::Region}.s3\n    VpcEndpointType: Gateway\n    RouteTableIds: [!Ref PrivateRouteTable]',
    },
  },
  evaluate(vpc) {
    const endpoints = vpc.props.endpoints;
    if (isUnknown(endpoints)) return unknownResult('endpoints', endpoints);
    const names = endpoints.flatMap((e) => (isUnknown(e) || isUnknown(e.serviceName) ? [] : [e.serviceName]));
    if (names.length > 0) return pass(`The VPC has ${names.length} endpoint(s): ${names.join(', ')}.`, ev('endpoints', names));
    const first = endpoints.find(isUnknown);
    if (first) return unknownResult('endpoints', first);
    if (endpoints.length > 0) return pass(`The VPC has ${endpoints.length} endpoint(s).`, ev('endpoints', endpoints.length));
    return fail('The VPC has no VPC endpoints: traffic to AWS services leaves through the internet path.', ev('endpoints', []));
  },
});
