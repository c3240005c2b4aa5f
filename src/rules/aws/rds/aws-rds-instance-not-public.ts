import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-rds-instance-not-public',
    title: 'RDS instance is not publicly accessible',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::RDS::DBInstance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['rds-instance-not-public'],
    rationale:
      'A publicly accessible instance gets a DNS name that resolves to a public address, so its only protection ' +
      'from the internet is a security group rule and a password. Databases of ePHI belong on private subnets, ' +
      'reachable only from the application tier.',
    remediation: {
      text: 'Turn public accessibility off and reach the database from inside the VPC (application subnets, a bastion, or Session Manager port forwarding).',
      cli: 'aws rds modify-db-instance --db-instance-identifier DB --no-publicly-accessible --apply-immediately',
      terraform: 'resource "aws_db_instance" "this" {\n  # ...\n  publicly_accessible = false\n}',
      cloudformation: 'PubliclyAccessible: false',
    },
  },
  evaluate(db) {
    const open = db.props.publiclyAccessible;
    if (isUnknown(open)) return unknownResult('publiclyAccessible', open);
    const evidence = ev('publiclyAccessible', open);
    return open
      ? fail('The instance is publicly accessible: its endpoint resolves to a public IP address.', evidence)
      : pass('The instance is reachable only from inside its VPC.', evidence);
  },
});
