import {
  DescribeEndpointConfigCommand,
  DescribeNotebookInstanceCommand,
  ListEndpointConfigsCommand,
  ListNotebookInstancesCommand,
  ListTagsCommand,
} from '@aws-sdk/client-sagemaker';
import type { SageMakerNotebookInstanceProps } from '../../../model/aws/app-analytics.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, type ServiceCollector, tagRecord } from '../context.js';

/** SageMaker notebook instances and endpoint configurations; the listings carry no settings. */
export const sageMakerCollector: ServiceCollector = {
  service: 'sagemaker',
  types: ['AWS::SageMaker::NotebookInstance', 'AWS::SageMaker::EndpointConfig'],
  permissions: {
    'sagemaker:ListNotebookInstances': 'sagemaker:ListNotebookInstances',
    'sagemaker:DescribeNotebookInstance': 'sagemaker:DescribeNotebookInstance',
    'sagemaker:ListEndpointConfigs': 'sagemaker:ListEndpointConfigs',
    'sagemaker:DescribeEndpointConfig': 'sagemaker:DescribeEndpointConfig',
    'sagemaker:ListTags': 'sagemaker:ListTags',
  },
  collect: (ctx) => ctx.forEachRegion((region) => Promise.all([notebooks(ctx, region), endpointConfigs(ctx, region)]).then(() => undefined)),
};

async function tagsOf(ctx: AwsContext, region: string, arn: string): Promise<{ tags: Known<Record<string, string>>; calls: string[] }> {
  const listing = await ctx.list('sagemaker', region, (NextToken) => new ListTagsCommand({ ResourceArn: arn, NextToken }), (o) => o.Tags, (o) => o.NextToken);
  return { tags: listing.failure ? unknown(listing.failure.reason) : tagRecord(listing.items, (t) => t.Key, (t) => t.Value), calls: listing.calls };
}

const enabled = (v: string | undefined, what: string): Known<boolean> =>
  v === 'Enabled' ? true : v === 'Disabled' ? false : unknown(`sagemaker:DescribeNotebookInstance returned no ${what}`);

async function notebooks(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'sagemaker',
    region,
    (NextToken) => new ListNotebookInstancesCommand({ MaxResults: 100, NextToken }),
    (o) => o.NotebookInstances,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::SageMaker::NotebookInstance', 'sagemaker', region, listing.failure);
  await ctx.forEach(listing.items, async ({ NotebookInstanceName: name, NotebookInstanceArn: listedArn }) => {
    if (!name) return;
    const arn = listedArn ?? `arn:${ctx.partition}:sagemaker:${region}:${ctx.account}:notebook-instance/${name.toLowerCase()}`;
    const [res, tags] = await Promise.all([
      ctx.call('sagemaker', region, new DescribeNotebookInstanceCommand({ NotebookInstanceName: name })),
      tagsOf(ctx, region, arn),
    ]);
    const d = res.ok ? res.value : undefined;
    const why = res.ok ? undefined : unknown(res.failure.reason);
    const props: SageMakerNotebookInstanceProps = {
      notebookInstanceName: name,
      // Without a key SageMaker encrypts the ML volume with its AWS managed key.
      kmsKeyId: why ?? (d?.KmsKeyId || null),
      directInternetAccess: why ?? enabled(d?.DirectInternetAccess, 'DirectInternetAccess'),
      subnetId: why ?? (d?.SubnetId || null),
      rootAccess: why ?? enabled(d?.RootAccess, 'RootAccess'),
    };
    ctx.add({
      provider: 'aws',
      type: 'AWS::SageMaker::NotebookInstance',
      id: arn,
      name,
      account: ctx.account,
      region,
      tags: tags.tags,
      props,
      origin: { kind: 'live', calls: [...listing.calls, res.call, ...tags.calls] },
      refs: [arn, name],
    });
  });
}

async function endpointConfigs(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'sagemaker',
    region,
    (NextToken) => new ListEndpointConfigsCommand({ MaxResults: 100, NextToken }),
    (o) => o.EndpointConfigs,
    (o) => o.NextToken,
  );
  ctx.listed('AWS::SageMaker::EndpointConfig', 'sagemaker', region, listing.failure);
  await ctx.forEach(listing.items, async ({ EndpointConfigName: name, EndpointConfigArn: listedArn }) => {
    if (!name) return;
    const arn = listedArn ?? `arn:${ctx.partition}:sagemaker:${region}:${ctx.account}:endpoint-config/${name.toLowerCase()}`;
    const [res, tags] = await Promise.all([
      ctx.call('sagemaker', region, new DescribeEndpointConfigCommand({ EndpointConfigName: name })),
      tagsOf(ctx, region, arn),
    ]);
    ctx.add({
      provider: 'aws',
      type: 'AWS::SageMaker::EndpointConfig',
      id: arn,
      name,
      account: ctx.account,
      region,
      tags: tags.tags,
      props: { endpointConfigName: name, kmsKeyId: res.ok ? res.value.KmsKeyId || null : unknown(res.failure.reason) },
      origin: { kind: 'live', calls: [...listing.calls, res.call, ...tags.calls] },
      refs: [arn, name],
    });
  });
}
