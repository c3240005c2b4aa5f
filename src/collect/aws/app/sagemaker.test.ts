import {
  DescribeEndpointConfigCommand,
  DescribeNotebookInstanceCommand,
  ListEndpointConfigsCommand,
  ListNotebookInstancesCommand,
  ListTagsCommand,
} from '@aws-sdk/client-sagemaker';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const nb = (n: string) => `arn:aws:sagemaker:${R}:${ACCOUNT}:notebook-instance/${n}`;
const ec = (n: string) => `arn:aws:sagemaker:${R}:${ACCOUNT}:endpoint-config/${n}`;
const T0 = new Date('2026-01-01T00:00:00Z');

describe('SageMaker notebooks and endpoint configurations', () => {
  it('lists every page and reads key, internet access, root access and tags', async () => {
    const sm = mocks.of('sagemaker');
    sm.on(ListNotebookInstancesCommand, { NextToken: undefined })
      .resolves({ NotebookInstances: [{ NotebookInstanceName: 'cohort', NotebookInstanceArn: nb('cohort'), CreationTime: T0, LastModifiedTime: T0 }], NextToken: 'n2' })
      .on(ListNotebookInstancesCommand, { NextToken: 'n2' })
      .resolves({ NotebookInstances: [{ NotebookInstanceName: 'scratch', NotebookInstanceArn: nb('scratch'), CreationTime: T0, LastModifiedTime: T0 }] });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'cohort' }).resolves({ KmsKeyId: 'key-1', DirectInternetAccess: 'Disabled', SubnetId: 'subnet-1', RootAccess: 'Disabled' });
    sm.on(DescribeNotebookInstanceCommand, { NotebookInstanceName: 'scratch' }).resolves({ DirectInternetAccess: 'Enabled', RootAccess: 'Enabled' });
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [{ EndpointConfigName: 'readmit', EndpointConfigArn: ec('readmit'), CreationTime: T0 }] });
    sm.on(DescribeEndpointConfigCommand).resolves({ EndpointConfigName: 'readmit', KmsKeyId: 'alias/ml' });
    sm.on(ListTagsCommand, { ResourceArn: nb('cohort'), NextToken: undefined })
      .resolves({ Tags: [{ Key: 'phi', Value: 'true' }], NextToken: 't2' })
      .on(ListTagsCommand, { ResourceArn: nb('cohort'), NextToken: 't2' })
      .resolves({ Tags: [{ Key: 'team', Value: 'research' }] });
    sm.on(ListTagsCommand, { ResourceArn: nb('scratch') }).resolves({ Tags: [] });
    sm.on(ListTagsCommand, { ResourceArn: ec('readmit') }).rejects(deniedJson('sagemaker:ListTags'));
    const result = await collectAws({ regions: [R] });
    const notebooks = ofType(result.resources, 'AWS::SageMaker::NotebookInstance');
    expect(notebooks.map((n) => [n.name, n.props])).toEqual([
      ['cohort', { notebookInstanceName: 'cohort', kmsKeyId: 'key-1', directInternetAccess: false, subnetId: 'subnet-1', rootAccess: false }],
      ['scratch', { notebookInstanceName: 'scratch', kmsKeyId: null, directInternetAccess: true, subnetId: null, rootAccess: true }],
    ]);
    expect(notebooks[0]!.tags).toEqual({ phi: 'true', team: 'research' });
    const [config] = ofType(result.resources, 'AWS::SageMaker::EndpointConfig');
    expect(config).toMatchObject({ id: ec('readmit'), props: { endpointConfigName: 'readmit', kmsKeyId: 'alias/ml' }, tags: unknown('AccessDenied on sagemaker:ListTags') });
    for (const type of ['AWS::SageMaker::NotebookInstance', 'AWS::SageMaker::EndpointConfig']) {
      expect(result.coverage.find((c) => c.type === type)).toMatchObject({ complete: true });
    }
  });

  it('makes a throttled describe unknown, and reports a denied listing and an empty account', async () => {
    const sm = mocks.of('sagemaker');
    sm.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [{ NotebookInstanceName: 'a', NotebookInstanceArn: nb('a'), CreationTime: T0, LastModifiedTime: T0 }] });
    sm.on(DescribeNotebookInstanceCommand).rejects(throttled());
    sm.on(ListTagsCommand).resolves({ Tags: [] });
    sm.on(ListEndpointConfigsCommand).rejects(deniedJson('sagemaker:ListEndpointConfigs'));
    let result = await collectAws({ regions: [R] });
    expect(ofType(result.resources, 'AWS::SageMaker::NotebookInstance')[0]!.props.directInternetAccess).toEqual(
      unknown('throttled: sagemaker:DescribeNotebookInstance gave up after 10 attempts'),
    );
    expect(result.coverage.find((c) => c.type === 'AWS::SageMaker::EndpointConfig')).toMatchObject({ complete: false });
    sm.on(ListNotebookInstancesCommand).resolves({ NotebookInstances: [] });
    sm.on(ListEndpointConfigsCommand).resolves({ EndpointConfigs: [] });
    result = await collectAws({ regions: [R] });
    expect(result.resources.filter((r) => r.type.startsWith('AWS::SageMaker::'))).toEqual([]);
  });
});
