import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-dynamodb-autoscaling',
    title: 'DynamoDB table with provisioned capacity scales it automatically',
    severity: 'low',
    hipaa: ['164.308(a)(7)(i)'],
    resourceTypes: ['AWS::DynamoDB::Table'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['dynamodb-autoscaling'],
    rationale:
      'A provisioned table that cannot grow throttles reads and writes once traffic passes its fixed capacity, ' +
      'so a surge makes patient data unavailable. Auto scaling on every read and write dimension (or on-demand ' +
      'billing) keeps it reachable.',
    remediation: {
      text: 'Register scalable targets and target-tracking policies for read and write capacity of the table and each global secondary index, or switch the table to on-demand.',
      cli: 'aws application-autoscaling register-scalable-target --service-namespace dynamodb --resource-id table/TABLE --scalable-dimension dynamodb:table:ReadCapacityUnits --min-capacity 5 --max-capacity 500\naws dynamodb update-table --table-name TABLE --billing-mode PAY_PER_REQUEST',
      terraform: 'resource "aws_appautoscaling_target" "read" {\n  service_namespace  = "dynamodb"\n  resource_id        = "table/${aws_dynamodb_table.this.name}"\n  scalable_dimension = "dynamodb:table:ReadCapacityUnits"\n  min_capacity       = 5\n  max_capacity       = 500\n}',
      cloudformation: 'ReadScaling:\n  Type: AWS::ApplicationAutoScaling::ScalableTarget\n  Properties:\n    ServiceNamespace: dynamodb\n    ResourceId: !Sub table/${Table}\n    ScalableDimension: dynamodb:table:ReadCapacityUnits\n    MinCapacity: 5\n    MaxCapacity: 500',
    },
  },
  evaluate(table) {
    const mode = table.props.billingMode;
    if (isUnknown(mode)) return unknownResult('billingMode', mode);
    if (mode === 'PAY_PER_REQUEST') return pass('The table is on demand: capacity follows traffic.', ev('billingMode', mode));
    const cap = table.props.capacity;
    if (isUnknown(cap)) return unknownResult('capacity', cap);
    const fixed = cap.filter((c) => !c.autoScaled).map((c) => `${c.resource} ${c.dimension}`);
    const evidence = [ev('billingMode', mode), ev('capacity', cap)];
    return fixed.length === 0
      ? pass('Every provisioned read and write dimension scales automatically.', ...evidence)
      : fail(`Provisioned capacity without auto scaling: ${fixed.join(', ')}.`, ...evidence);
  },
});
