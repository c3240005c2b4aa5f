import { DescribeAlarmsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudwatch';
import { DescribeMetricFiltersCommand } from '@aws-sdk/client-cloudwatch-logs';
import {
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  DescribeDeliveryChannelsCommand,
} from '@aws-sdk/client-config-service';
import { BatchGetAccountStatusCommand } from '@aws-sdk/client-inspector2';
import { GetAutomatedDiscoveryConfigurationCommand, GetMacieSessionCommand } from '@aws-sdk/client-macie2';
import { DescribeHubCommand, GetEnabledStandardsCommand } from '@aws-sdk/client-securityhub';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const scan = () => collectAws({ regions: [R] });

describe('Security Hub', () => {
  it('reads a region where it is not enabled as a hub that is off, not as a failure', async () => {
    const result = await scan();
    expect(ofType(result.resources, 'AWS::SecurityHub::Hub').map((h) => h.props)).toEqual([{ enabled: false, standards: [] }]);
    expect(result.problems).toEqual([]);
  });

  it('lists every page of enabled standards, leaving out failed subscriptions', async () => {
    const hub = mocks.of('securityhub');
    hub.on(DescribeHubCommand).resolves({ HubArn: `arn:aws:securityhub:${R}:${ACCOUNT}:hub/default` });
    hub.on(GetEnabledStandardsCommand, { NextToken: undefined }).resolves({
      StandardsSubscriptions: [{ StandardsSubscriptionArn: 'sub/fsbp', StandardsArn: 'std/fsbp', StandardsInput: {}, StandardsStatus: 'READY' }],
      NextToken: 'n2',
    });
    hub.on(GetEnabledStandardsCommand, { NextToken: 'n2' }).resolves({
      StandardsSubscriptions: [{ StandardsSubscriptionArn: 'sub/cis', StandardsArn: 'std/cis', StandardsInput: {}, StandardsStatus: 'FAILED' }],
    });
    const [h] = ofType((await scan()).resources, 'AWS::SecurityHub::Hub');
    expect(h).toMatchObject({ id: `arn:aws:securityhub:${R}:${ACCOUNT}:hub/default`, props: { enabled: true, standards: ['sub/fsbp'] } });
  });

  it('marks the region unlisted when DescribeHub is denied', async () => {
    mocks.of('securityhub').on(DescribeHubCommand).rejects(deniedJson('securityhub:DescribeHub'));
    const result = await scan();
    expect(ofType(result.resources, 'AWS::SecurityHub::Hub')).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::SecurityHub::Hub')).toMatchObject({ complete: false });
  });
});

describe('Macie and Inspector', () => {
  it('tells Macie never enabled apart from a real denial', async () => {
    let [s] = ofType((await scan()).resources, 'AWS::Macie::Session');
    expect(s!.props).toEqual({ status: null, automatedDiscovery: null });
    mocks.of('macie2').on(GetMacieSessionCommand).rejects(deniedJson('macie2:GetMacieSession'));
    const result = await scan();
    expect(ofType(result.resources, 'AWS::Macie::Session')).toEqual([]);
    expect(result.coverage.find((c) => c.type === 'AWS::Macie::Session')).toMatchObject({ complete: false });
  });

  it('reads Macie status and automated discovery, unknown when the latter is denied', async () => {
    mocks.of('macie2').on(GetMacieSessionCommand).resolves({ status: 'ENABLED' });
    mocks.of('macie2').on(GetAutomatedDiscoveryConfigurationCommand).rejects(deniedJson('macie2:GetAutomatedDiscoveryConfiguration'));
    const [s] = ofType((await scan()).resources, 'AWS::Macie::Session');
    expect(s!.props).toEqual({ status: 'ENABLED', automatedDiscovery: unknown('AccessDenied on macie2:GetAutomatedDiscoveryConfiguration') });
  });

  it('reads Inspector scan types per region', async () => {
    mocks.of('inspector2').on(BatchGetAccountStatusCommand).resolves({
      accounts: [{ accountId: ACCOUNT, state: { status: 'ENABLED' }, resourceState: { ec2: { status: 'ENABLED' }, ecr: { status: 'SUSPENDED' } } } as never],
    });
    const [a] = ofType((await scan()).resources, 'AWS::Inspector2::Account');
    expect(a!.props.scans).toEqual({ EC2: 'ENABLED', ECR: 'SUSPENDED', LAMBDA: 'DISABLED', LAMBDA_CODE: 'DISABLED' });
  });
});

describe('AWS Config', () => {
  it('emits a "no recorder" resource for a region without one', async () => {
    const result = await scan();
    expect(ofType(result.resources, 'AWS::Config::ConfigurationRecorder').map((r) => [r.name, r.props.name])).toEqual([[`no recorder (${R})`, null]]);
    expect(ofType(result.resources, 'AWS::Config::DeliveryChannel')).toEqual([]);
  });

  it('joins status into the recorder, reads exclusions as not all types, and lists channels', async () => {
    const c = mocks.of('config');
    c.on(DescribeConfigurationRecordersCommand).resolves({
      ConfigurationRecorders: [
        {
          name: 'default',
          roleARN: 'role',
          recordingGroup: {
            allSupported: false,
            includeGlobalResourceTypes: false,
            exclusionByResourceTypes: { resourceTypes: ['AWS::EC2::NetworkInterface'] },
            recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' },
          },
        },
      ],
    });
    c.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [{ name: 'default', recording: true, lastStatus: 'Failure' }] });
    c.on(DescribeDeliveryChannelsCommand).resolves({ DeliveryChannels: [{ name: 'default', s3BucketName: 'config-history' }] });
    const result = await scan();
    expect(ofType(result.resources, 'AWS::Config::ConfigurationRecorder')[0]!.props).toEqual({
      name: 'default',
      recording: true,
      allSupported: false,
      includeGlobalResourceTypes: false,
      lastStatus: 'FAILURE',
    });
    expect(ofType(result.resources, 'AWS::Config::DeliveryChannel')[0]!.props).toEqual({ channelName: 'default', s3BucketName: 'config-history' });
  });

  it('makes a throttled status read unknown', async () => {
    const c = mocks.of('config');
    c.on(DescribeConfigurationRecordersCommand).resolves({ ConfigurationRecorders: [{ name: 'default', roleARN: 'role' }] });
    c.on(DescribeConfigurationRecorderStatusCommand).rejects(throttled());
    const [r] = ofType((await scan()).resources, 'AWS::Config::ConfigurationRecorder');
    const why = unknown('throttled: config:DescribeConfigurationRecorderStatus gave up after 10 attempts');
    expect(r!.props).toMatchObject({ allSupported: true, recording: why, lastStatus: why });
  });
});

describe('CloudWatch alarms and metric filters', () => {
  it('reads metric and metric-math alarms over pages, and every metric filter', async () => {
    const cw = mocks.of('cloudwatch');
    cw.on(DescribeAlarmsCommand, { NextToken: undefined }).resolves({
      MetricAlarms: [{ AlarmName: 'root', AlarmArn: 'arn:a:root', MetricName: 'RootAccountUsage', Namespace: 'CIS', AlarmActions: ['arn:sns'] }],
      NextToken: 'p2',
    });
    cw.on(DescribeAlarmsCommand, { NextToken: 'p2' }).resolves({
      MetricAlarms: [
        { AlarmName: 'math', AlarmArn: 'arn:a:math', ActionsEnabled: false, Metrics: [{ Id: 'm1', MetricStat: { Metric: { Namespace: 'CIS', MetricName: 'VpcChanges' }, Period: 300, Stat: 'Sum' } }, { Id: 'e1', Expression: 'm1*2' }] },
      ],
    });
    cw.on(ListTagsForResourceCommand).resolves({ Tags: [{ Key: 'team', Value: 'sec' }] });
    mocks.logs.on(DescribeMetricFiltersCommand).resolves({
      metricFilters: [{ filterName: 'root', logGroupName: 'cloudtrail', filterPattern: '{ $.userIdentity.type = "Root" }', metricTransformations: [{ metricName: 'RootAccountUsage', metricNamespace: 'CIS', metricValue: '1' }] }],
    });
    const result = await scan();
    const alarms = ofType(result.resources, 'AWS::CloudWatch::Alarm').sort((a, b) => b.name.localeCompare(a.name));
    expect(alarms.map((a) => a.props)).toEqual([
      { alarmName: 'root', actionsEnabled: true, alarmActions: ['arn:sns'], okActions: [], insufficientDataActions: [], metrics: [{ namespace: 'CIS', metricName: 'RootAccountUsage' }] },
      { alarmName: 'math', actionsEnabled: false, alarmActions: [], okActions: [], insufficientDataActions: [], metrics: [{ namespace: 'CIS', metricName: 'VpcChanges' }] },
    ]);
    expect(alarms[0]!.tags).toEqual({ team: 'sec' });
    expect(ofType(result.resources, 'AWS::Logs::MetricFilter')[0]!.props).toEqual({
      filterName: 'root',
      logGroupName: 'cloudtrail',
      filterPattern: '{ $.userIdentity.type = "Root" }',
      metrics: [{ namespace: 'CIS', metricName: 'RootAccountUsage' }],
    });
  });

  it('marks filters incomplete when DescribeMetricFilters is denied', async () => {
    mocks.logs.on(DescribeMetricFiltersCommand).rejects(deniedJson('logs:DescribeMetricFilters'));
    const result = await scan();
    expect(result.coverage.find((c) => c.type === 'AWS::Logs::MetricFilter')).toMatchObject({ complete: false, reasons: [`AccessDenied on logs:DescribeMetricFilters in ${R}`] });
  });
});
