import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-sagemaker-endpoint-config-kms',
    title: 'SageMaker endpoint configuration names a KMS key for its instance storage',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::SageMaker::EndpointConfig'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['sagemaker-endpoint-config-kms'],
    rationale:
      'Inference endpoints receive patient records to score and may spill request data and model artifacts to ' +
      'the ML storage volumes of their instances. Naming a customer-managed KMS key puts that storage under a key ' +
      'policy you control.',
    remediation: {
      text: 'Create a new endpoint configuration with a KMS key and update the endpoint to use it.',
      cli: 'aws sagemaker create-endpoint-config --endpoint-config-name NAME --production-variants file://variants.json --kms-key-id KEY_ARN\naws sagemaker update-endpoint --endpoint-name ENDPOINT --endpoint-config-name NAME',
      terraform: 'resource "aws_sagemaker_endpoint_configuration" "this" {\n  # ...\n  kms_key_arn = aws_kms_key.ml.arn\n}',
      cloudformation: 'KmsKeyId: !GetAtt MlKey.Arn',
    },
  },
  evaluate(config) {
    const key = config.props.kmsKeyId;
    if (isUnknown(key)) return unknownResult('kmsKeyId', key);
    if (key === null) return fail('No KMS key is named for the endpoint\'s instance storage.', ev('kmsKeyId', null));
    return pass('The endpoint\'s instance storage is encrypted with a named KMS key.', ev('kmsKeyId', key));
  },
});
