import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-sagemaker-notebook-no-direct-internet',
    title: 'SageMaker notebook instance has no direct internet access',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['AWS::SageMaker::NotebookInstance'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['sagemaker-notebook-no-direct-internet'],
    rationale:
      'With direct internet access the notebook talks to the internet through a SageMaker-managed network that ' +
      'bypasses your VPC\'s security groups, flow logs and egress controls: one pip install or upload away from ' +
      'moving PHI out unobserved. Disabled, its traffic goes through your VPC.',
    remediation: {
      text: 'Recreate the notebook instance in a private subnet with direct internet access disabled; reach package repositories through VPC endpoints or a proxy.',
      cli: 'aws sagemaker create-notebook-instance --notebook-instance-name NAME --instance-type ml.t3.medium --role-arn ROLE_ARN --subnet-id SUBNET --security-group-ids SG --direct-internet-access Disabled',
      terraform: 'resource "aws_sagemaker_notebook_instance" "this" {\n  # ...\n  subnet_id              = var.private_subnet_id\n  security_groups        = [aws_security_group.notebook.id]\n  direct_internet_access = "Disabled"\n}',
      cloudformation: 'SubnetId: !Ref PrivateSubnetId\nSecurityGroupIds: [!Ref NotebookSecurityGroup]\nDirectInternetAccess: Disabled',
    },
  },
  evaluate(nb) {
    const direct = nb.props.directInternetAccess;
    if (isUnknown(direct)) return unknownResult('directInternetAccess', direct);
    if (direct) return fail('The notebook reaches the internet directly, outside your VPC\'s controls.', ev('directInternetAccess', true), ev('subnetId', nb.props.subnetId));
    return pass('The notebook has no direct internet access; its traffic goes through the VPC.', ev('directInternetAccess', false), ev('subnetId', nb.props.subnetId));
  },
});
