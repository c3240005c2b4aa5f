import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function parse(resources: string): AnyResource[] {
  const result = parseCloudFormation('tpl.yaml', `Resources:\n  Key: {Type: AWS::KMS::Key}\n${resources}`);
  expect(result.problems).toEqual([]);
  return result.resources.filter((r) => r.type !== 'AWS::KMS::Key');
}

describe('SageMaker in templates', () => {
  it('settles the defaults: internet and root access enabled, no key', () => {
    const [nb, ec] = parse('  N: {Type: AWS::SageMaker::NotebookInstance, Properties: {InstanceType: ml.t3.medium, RoleArn: r}}\n  E: {Type: AWS::SageMaker::EndpointConfig, Properties: {ProductionVariants: []}}\n');
    expect(nb!.props).toMatchObject({ kmsKeyId: null, directInternetAccess: true, subnetId: null, rootAccess: true });
    expect(ec!.props).toMatchObject({ kmsKeyId: null });
  });

  it('reads the key, subnet and access settings', () => {
    const [nb, ec] = parse(
      '  N: {Type: AWS::SageMaker::NotebookInstance, Properties: {NotebookInstanceName: cohort, KmsKeyId: !Ref Key, DirectInternetAccess: Disabled, SubnetId: subnet-1, RootAccess: Disabled}}\n  E: {Type: AWS::SageMaker::EndpointConfig, Properties: {EndpointConfigName: readmit, KmsKeyId: !GetAtt Key.Arn}}\n',
    );
    expect(nb).toMatchObject({ name: 'cohort', props: { notebookInstanceName: 'cohort', kmsKeyId: 'ref:tpl.yaml#Key', directInternetAccess: false, subnetId: 'subnet-1', rootAccess: false } });
    expect(ec!.props).toEqual({ endpointConfigName: 'readmit', kmsKeyId: 'ref:tpl.yaml#Key' });
  });
});
