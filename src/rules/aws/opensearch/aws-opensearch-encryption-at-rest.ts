import { judgeFlag } from '../../../analysis/database-rds.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-opensearch-encryption-at-rest',
    title: 'OpenSearch domain encrypts data at rest',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['opensearch-encryption-at-rest'],
    rationale:
      'Indexes, swap files, automated snapshots and logs of a domain all contain the indexed documents. Without ' +
      'encryption at rest those copies of ePHI sit in plain text on the underlying storage.',
    remediation: {
      text: 'Enable encryption at rest, with a customer-managed KMS key for PHI (domains on older engine versions need an upgrade first).',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --encryption-at-rest-options Enabled=true,KmsKeyId=KEY_ARN',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  encrypt_at_rest {\n    enabled    = true\n    kms_key_id = aws_kms_key.phi.arn\n  }\n}',
      cloudformation: 'EncryptionAtRestOptions:\n  Enabled: true\n  KmsKeyId: !Ref PhiKey',
    },
  },
  evaluate(domain) {
    return judgeFlag('encryptionAtRest', domain.props.encryptionAtRest, 'The domain encrypts its indexes, snapshots and logs at rest.', 'The domain stores its indexes unencrypted.');
  },
});
