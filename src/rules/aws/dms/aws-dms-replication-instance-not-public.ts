import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-dms-replication-instance-not-public',
    title: 'DMS replication instance is not publicly accessible',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::DMS::ReplicationInstance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['dms-replication-instance-not-public'],
    rationale:
      'A replication instance holds credentials to both source and target databases and streams every migrated ' +
      'record. With a public IP it is reachable from the internet; migrations of ePHI belong on private subnets.',
    remediation: {
      text: 'Public accessibility is fixed at creation: create a private replication instance, move the tasks to it, and delete the public one.',
      cli: 'aws dms create-replication-instance --replication-instance-identifier NAME --replication-instance-class dms.t3.medium --no-publicly-accessible --replication-subnet-group-identifier PRIVATE_SUBNETS',
      terraform: 'resource "aws_dms_replication_instance" "this" {\n  # ...\n  publicly_accessible = false\n}',
      cloudformation: 'PubliclyAccessible: false',
    },
  },
  evaluate(instance) {
    const open = instance.props.publiclyAccessible;
    if (isUnknown(open)) return unknownResult('publiclyAccessible', open);
    const evidence = ev('publiclyAccessible', open);
    return open
      ? fail('The replication instance has a public IP address.', evidence)
      : pass('The replication instance is reachable only from inside its VPC.', evidence);
  },
});
