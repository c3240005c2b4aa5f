import type { FlowLogRef } from '../../../model/aws/ec2-network.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-vpc-flow-logs-enabled',
    title: 'VPC has a flow log capturing its traffic',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)', '164.308(a)(6)(ii)'],
    resourceTypes: ['AWS::EC2::VPC'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['vpc-flow-logs-enabled'],
    rationale:
      'Flow logs are the network audit trail: which hosts talked to which, when, and how much. Without them an ' +
      'investigation cannot tell whether a compromised instance sent patient data out, or to where. Only a flow ' +
      'log on the VPC itself covers every subnet and interface in it.',
    remediation: {
      text: 'Create a flow log for the VPC capturing ALL traffic, delivered to a retained, encrypted CloudWatch Logs group or S3 bucket.',
      cli: 'aws ec2 create-flow-logs --resource-type VPC --resource-ids vpc-XXXX --traffic-type ALL --log-destination-type s3 --log-destination arn:aws:s3:::flow-log-bucket/',
      terraform: 'resource "aws_flow_log" "vpc" {\n  vpc_id               = aws_vpc.main.id\n  traffic_type         = "ALL"\n  log_destination_type = "s3"\n  log_destination      = aws_s3_bucket.flow_logs.arn\n}',
      cloudformation: 'VpcFlowLog:\n  Type: AWS::EC2::FlowLog\n  Properties:\n    ResourceId: !Ref Vpc\n    ResourceType: VPC\n    TrafficType: ALL\n    LogDestinationType: s3\n    LogDestination: !GetAtt FlowLogBucket.Arn',
    },
  },
  evaluate(vpc) {
    const logs = vpc.props.flowLogs;
    if (isUnknown(logs)) return unknownResult('flowLogs', logs);
    const known = logs.filter((l): l is FlowLogRef => !isUnknown(l));
    if (known.length > 0) {
      const kinds = known.map((l) => `${isUnknown(l.trafficType) ? '?' : l.trafficType} to ${isUnknown(l.destinationType) ? '?' : l.destinationType}`);
      return pass(`The VPC has ${known.length} flow log(s): ${kinds.join(', ')}.`, ev('flowLogs', known));
    }
    const first = logs.find(isUnknown);
    if (first) return unknownResult('flowLogs', first);
    return fail('No flow log captures the traffic of this VPC.', ev('flowLogs', []));
  },
});
