import { judgeFlag } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-dax-encryption-at-rest',
    title: 'DAX cluster encrypts its cache at rest',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::DAX::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['dax-encryption-at-rest'],
    rationale:
      'DAX holds copies of DynamoDB items, and with them the ePHI the table encrypts, in its node caches and logs. ' +
      'Encryption at rest is set at creation; without it those copies sit unencrypted beside an encrypted table.',
    remediation: {
      text: 'Create a new DAX cluster with server-side encryption (and TLS endpoint encryption), point clients at it, and delete the old one.',
      cli: 'aws dax create-cluster --cluster-name NAME --node-type dax.r5.large --replication-factor 3 --iam-role-arn ROLE_ARN --sse-specification Enabled=true --cluster-endpoint-encryption-type TLS',
      terraform: 'resource "aws_dax_cluster" "this" {\n  # ...\n  server_side_encryption {\n    enabled = true\n  }\n  cluster_endpoint_encryption_type = "TLS"\n}',
      cloudformation: 'SSESpecification:\n  SSEEnabled: true\nClusterEndpointEncryptionType: TLS',
    },
  },
  evaluate(cluster) {
    return judgeFlag('sseEnabled', cluster.props.sseEnabled, 'The cluster encrypts its cache at rest.', 'The cluster caches table items unencrypted.');
  },
});
