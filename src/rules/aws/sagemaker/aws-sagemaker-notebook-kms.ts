import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-sagemaker-notebook-kms',
    title: 'SageMaker notebook instance encrypts its storage volume with a KMS key it names',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['sagemaker-notebook-kms'],
    rationale:
      'Data scientists copy extracts of clinical data onto the notebook\'s ML storage volume. Without a named KMS ' +
      'key it is encrypted with a key SageMaker manages; a customer-managed key makes access to those extracts ' +
      'depend on a key policy you control and leaves a record of every use.',
    remediation: {
      text: 'Recreate the notebook instance with a customer-managed KMS key (the key cannot be changed on an existing instance).',
      cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --kms-key-id KEY_ID --subnet-id SUBNET --security-group-ids SG --direct-internet-access Disabled',
      terraform: 'resource "aws_sagemaker_notebook_instance" "this" {\n  # ...\n  kms_key_id = aws_kms_key.ml.id\n}',
      cloudformation: 'KmsKeyId: !Ref MlKey',
    },
  },
  evaluate(nb) {
    const key = nb.props.kmsKeyId;
    if (isUnknown(key)) return unknownResult('kmsKeyId', key);
    if (key === null) return fail('The storage volume is encrypted only with the key SageMaker manages: no KMS key is named.', ev('kmsKeyId', null));
    return pass('The storage volume is encrypted with a named KMS key.', ev('kmsKeyId', key));
  },
});
