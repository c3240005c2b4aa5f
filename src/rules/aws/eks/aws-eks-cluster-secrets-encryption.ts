import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-eks-cluster-secrets-encryption',
    title: 'EKS cluster envelope-encrypts Kubernetes secrets with a KMS key',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::EKS::Cluster'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['eks-secrets-kms-encryption'],
    rationale:
      'Kubernetes secrets hold the database passwords and API tokens workloads use to reach PHI. Without envelope ' +
      'encryption they sit in etcd protected only by the volume encryption EKS manages; a KMS key adds a second ' +
      'layer whose use you control, audit and can revoke.',
    remediation: {
      text: 'Associate a customer-managed KMS key with the cluster for secrets encryption (it cannot be removed afterwards).',
      cli: 'aws eks associate-encryption-config --cluster-name CLUSTER --encryption-config \'[{"resources":["secrets"],"provider":{"keyArn":"arn:aws:kms:REGION:ACCOUNT:key/KEY_ID"}}]\'',
      terraform: 'resource "aws_eks_cluster" "this" {\n  # ...\n  encryption_config {\n    resources = ["secrets"]\n    provider {\n      key_arn = aws_kms_key.eks.arn\n    }\n  }\n}',
      cloudformation: 'EncryptionConfig:\n  - Resources: [secrets]\n    Provider:\n      KeyArn: !GetAtt EksKey.Arn',
    },
  },
  evaluate(cluster) {
    const key = cluster.props.secretsKmsKeyArn;
    if (isUnknown(key)) return unknownResult('secretsKmsKeyArn', key);
    if (key === null) return fail('Kubernetes secrets are not envelope-encrypted with a KMS key.', ev('secretsKmsKeyArn', null));
    return pass('Kubernetes secrets are envelope-encrypted with a KMS key.', ev('secretsKmsKeyArn', key));
  },
});
