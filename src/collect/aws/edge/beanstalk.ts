import {
  DescribeConfigurationSettingsCommand,
  DescribeEnvironmentsCommand,
  type EnvironmentDescription,
  ListTagsForResourceCommand,
} from '@aws-sdk/client-elastic-beanstalk';
import type { BeanstalkEnvironmentProps } from '../../../model/aws/edge-misc.js';
import { isUnknown, type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known, type ServiceCollector, tagRecord } from '../context.js';
import { dedupe } from './shared.js';

/**
 * Elastic Beanstalk environments with the two option settings phiguard judges, read from
 * the environment's effective configuration (defaults included).
 */
const permissions = {
  'elasticbeanstalk:DescribeEnvironments': 'elasticbeanstalk:DescribeEnvironments',
  'elasticbeanstalk:DescribeConfigurationSettings': 'elasticbeanstalk:DescribeConfigurationSettings',
  'elasticbeanstalk:ListTagsForResource': 'elasticbeanstalk:ListTagsForResource',
};

const ENV = 'AWS::ElasticBeanstalk::Environment';

export const beanstalkCollector: ServiceCollector = {
  service: 'elasticbeanstalk',
  types: [ENV],
  permissions,
  collect: (ctx) => ctx.forEachRegion((region) => collectRegion(ctx, region)),
};

async function collectRegion(ctx: AwsContext, region: string): Promise<void> {
  const listing = await ctx.list(
    'elasticbeanstalk',
    region,
    (NextToken) => new DescribeEnvironmentsCommand({ IncludeDeleted: false, MaxRecords: 1000, NextToken }),
    (o) => o.Environments,
    (o) => o.NextToken,
  );
  ctx.listed(ENV, 'elasticbeanstalk', region, listing.failure);
  await ctx.forEach(listing.items, (env) => collectEnvironment(ctx, region, env, listing.calls));
}

async function collectEnvironment(ctx: AwsContext, region: string, env: EnvironmentDescription, listCalls: string[]): Promise<void> {
  const { EnvironmentName, ApplicationName, EnvironmentArn } = env;
  if (!EnvironmentName || !ApplicationName || !EnvironmentArn) return;
  const [config, tags] = await Promise.all([
    ctx.call('elasticbeanstalk', region, new DescribeConfigurationSettingsCommand({ ApplicationName, EnvironmentName })),
    ctx.call('elasticbeanstalk', region, new ListTagsForResourceCommand({ ResourceArn: EnvironmentArn })),
  ]);
  const failed = config.ok ? undefined : unknown(config.failure.reason);
  const options = config.ok ? (config.value.ConfigurationSettings?.[0]?.OptionSettings ?? []) : [];
  const option = (namespace: string, name: string): Known<string | undefined> =>
    failed ?? options.find((o) => o.Namespace === namespace && o.OptionName === name)?.Value;
  const managed = option('aws:elasticbeanstalk:managedactions', 'ManagedActionsEnabled');
  const health = option('aws:elasticbeanstalk:healthreporting:system', 'SystemType');
  const props: BeanstalkEnvironmentProps = {
    environmentName: EnvironmentName,
    applicationName: ApplicationName,
    managedActionsEnabled: isUnknown(managed) ? managed : managed === 'true',
    // The effective configuration carries SystemType; its absence is the API's basic default.
    healthReportingSystemType: isUnknown(health) ? health : (health ?? 'basic'),
  };
  ctx.add({
    provider: 'aws',
    type: ENV,
    id: EnvironmentArn,
    name: EnvironmentName,
    account: ctx.account,
    region,
    tags: known(tags, (o) => tagRecord(o.ResourceTags, (t) => t.Key, (t) => t.Value)),
    props,
    origin: { kind: 'live', calls: dedupe([...listCalls, config.call, tags.call]) },
    refs: dedupe([EnvironmentArn, EnvironmentName, ...(env.EnvironmentId ? [env.EnvironmentId] : [])]),
  });
}
