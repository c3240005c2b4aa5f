import { judgeFlag } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-node-to-node-encryption',
    title: 'OpenSearch domain encrypts traffic between its nodes',
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['opensearch-node-to-node-encryption'],
    rationale:
      'Shard replication and query fan-out move indexed documents between the nodes of a domain. Without ' +
      'node-to-node encryption that ePHI crosses the VPC network in clear text.',
    remediation: {
      text: 'Enable node-to-node encryption (an in-place change on OpenSearch and Elasticsearch 6.7 or later).',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --node-to-node-encryption-options Enabled=true',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  node_to_node_encryption {\n    enabled = true\n  }\n}',
      cloudformation: 'NodeToNodeEncryptionOptions:\n  Enabled: true',
    },
  },
  evaluate(domain) {
    return judgeFlag(
      'nodeToNodeEncryption',
      domain.props.nodeToNodeEncryption,
      'Traffic between the domain\'s nodes is encrypted with TLS.',
      'Traffic between the domain\'s nodes is not encrypted.',
    );
  },
});
