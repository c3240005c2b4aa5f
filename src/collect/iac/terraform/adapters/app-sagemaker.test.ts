import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('aws_sagemaker_notebook_instance, aws_sagemaker_endpoint_configuration', () => {
  it('settles provider defaults and reads settings', async () => {
    const main = `
resource "aws_kms_key" "k" {}
resource "aws_sagemaker_notebook_instance" "open" {
  name          = "scratch"
  role_arn      = "r"
  instance_type = "ml.t3.medium"
}
resource "aws_sagemaker_notebook_instance" "closed" {
  name                   = "cohort"
  role_arn               = "r"
  instance_type          = "ml.t3.medium"
  kms_key_id             = aws_kms_key.k.id
  subnet_id              = "subnet-1"
  direct_internet_access = "Disabled"
  root_access            = "Disabled"
}
resource "aws_sagemaker_endpoint_configuration" "e" {
  name        = "readmit"
  kms_key_arn = aws_kms_key.k.arn
  production_variants {
    variant_name  = "main"
    model_name    = "m"
    instance_type = "ml.m5.large"
  }
}
`;
    const r = await scanHcl({ 'main.tf': main });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, 'AWS::SageMaker::NotebookInstance', 'aws_sagemaker_notebook_instance.open').props).toEqual({
      notebookInstanceName: 'scratch',
      kmsKeyId: null,
      directInternetAccess: true,
      subnetId: null,
      rootAccess: true,
    });
    expect(byAddress(r, 'AWS::SageMaker::NotebookInstance', 'aws_sagemaker_notebook_instance.closed').props).toEqual({
      notebookInstanceName: 'cohort',
      kmsKeyId: 'ref:infra#aws_kms_key.k',
      directInternetAccess: false,
      subnetId: 'subnet-1',
      rootAccess: false,
    });
    expect(byAddress(r, 'AWS::SageMaker::EndpointConfig', 'aws_sagemaker_endpoint_configuration.e').props).toEqual({ endpointConfigName: 'readmit', kmsKeyId: 'ref:infra#aws_kms_key.k' });
  });
});
