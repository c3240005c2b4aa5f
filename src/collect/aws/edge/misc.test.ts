import { DescribeConnectionsCommand } from '@aws-sdk/client-direct-connect';
import { DescribeConfigurationSettingsCommand, DescribeEnvironmentsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-elastic-beanstalk';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';

describe('Direct Connect connections', () => {
  it('pages through connections, reading MACsec state and tags, skipping deleted ones', async () => {
    mocks
      .of('directconnect')
      .on(DescribeConnectionsCommand, { nextToken: undefined })
      .resolves({
        connections: [
          { connectionId: 'dxcon-a', connectionName: 'clinic-a', connectionState: 'available', bandwidth: '10Gbps', location: 'EqDC2', macSecCapable: true, encryptionMode: 'must_encrypt', portEncryptionStatus: 'Encryption Up', tags: [{ key: 'data-classification', value: 'phi' }] },
        ],
        nextToken: 'n2',
      })
      .on(DescribeConnectionsCommand, { nextToken: 'n2' })
      .resolves({
        connections: [
          { connectionId: 'dxcon-b', connectionName: 'clinic-b', connectionState: 'available', bandwidth: '1Gbps', location: 'EqDC2' },
          { connectionId: 'dxcon-c', connectionName: 'old', connectionState: 'deleted', bandwidth: '1Gbps', location: 'EqDC2' },
        ],
      });
    const result = await collectAws({ regions: [R] });
    const conns = ofType(result.resources, 'AWS::DirectConnect::Connection');
    expect(conns.map((c) => [c.id, c.tags, c.props])).toEqual([
      [
        `arn:aws:directconnect:${R}:${ACCOUNT}:dxcon/dxcon-a`,
        { 'data-classification': 'phi' },
        { connectionName: 'clinic-a', bandwidth: '10Gbps', location: 'EqDC2', connectionState: 'available', macSecCapable: true, encryptionMode: 'must_encrypt', portEncryptionStatus: 'Encryption Up' },
      ],
      [
        `arn:aws:directconnect:${R}:${ACCOUNT}:dxcon/dxcon-b`,
        {},
        { connectionName: 'clinic-b', bandwidth: '1Gbps', location: 'EqDC2', connectionState: 'available', macSecCapable: false, encryptionMode: null, portEncryptionStatus: null },
      ],
    ]);
  });

  it('marks connections incomplete when the listing is denied', async () => {
    mocks.of('directconnect').on(DescribeConnectionsCommand).rejects(denied('directconnect:DescribeConnections'));
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::DirectConnect::Connection')?.complete).toBe(false);
  });
});

describe('Elastic Beanstalk environments', () => {
  const arn = (name: string) => `arn:aws:elasticbeanstalk:${R}:${ACCOUNT}:environment/intake/${name}`;

  it('pages through environments and reads managed updates and health reporting from the effective configuration', async () => {
    const eb = mocks.of('elasticbeanstalk');
    eb.on(DescribeEnvironmentsCommand, { NextToken: undefined })
      .resolves({ Environments: [{ EnvironmentName: 'intake-prod', ApplicationName: 'intake', EnvironmentArn: arn('intake-prod') }], NextToken: 'e2' })
      .on(DescribeEnvironmentsCommand, { NextToken: 'e2' })
      .resolves({ Environments: [{ EnvironmentName: 'intake-dev', ApplicationName: 'intake', EnvironmentArn: arn('intake-dev') }] });
    eb.on(DescribeConfigurationSettingsCommand, { EnvironmentName: 'intake-prod' }).resolves({
      ConfigurationSettings: [
        {
          OptionSettings: [
            { Namespace: 'aws:elasticbeanstalk:managedactions', OptionName: 'ManagedActionsEnabled', Value: 'true' },
            { Namespace: 'aws:elasticbeanstalk:healthreporting:system', OptionName: 'SystemType', Value: 'enhanced' },
          ],
        },
      ],
    });
    eb.on(DescribeConfigurationSettingsCommand, { EnvironmentName: 'intake-dev' }).rejects(throttled());
    eb.on(ListTagsForResourceCommand).resolves({ ResourceTags: [{ Key: 'data-classification', Value: 'phi' }] });
    const envs = ofType((await collectAws({ regions: [R] })).resources, 'AWS::ElasticBeanstalk::Environment');
    const why = unknown('throttled: elasticbeanstalk:DescribeConfigurationSettings gave up after 10 attempts');
    expect(envs.map((e) => [e.name, e.props.managedActionsEnabled, e.props.healthReportingSystemType])).toEqual([
      ['intake-dev', why, why],
      ['intake-prod', true, 'enhanced'],
    ]);
    expect(envs[1]!.tags).toEqual({ 'data-classification': 'phi' });
  });

  it('marks environments incomplete when the listing is denied', async () => {
    mocks.of('elasticbeanstalk').on(DescribeEnvironmentsCommand).rejects(denied('elasticbeanstalk:DescribeEnvironments'));
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::ElasticBeanstalk::Environment')?.complete).toBe(false);
  });
});

describe('WAF Classic web ACLs', () => {
  it('lists global ACLs once and joins logging by ARN', async () => {
    const { ListLoggingConfigurationsCommand, ListTagsForResourceCommand: ListWafTags, ListWebACLsCommand } = await import('@aws-sdk/client-waf');
    const waf = mocks.of('waf');
    waf.on(ListWebACLsCommand).resolves({ WebACLs: [{ WebACLId: 'a1', Name: 'logged' }, { WebACLId: 'b2', Name: 'silent' }] });
    waf.on(ListLoggingConfigurationsCommand).resolves({
      LoggingConfigurations: [{ ResourceArn: `arn:aws:waf::${ACCOUNT}:webacl/a1`, LogDestinationConfigs: ['arn:aws:firehose:us-east-1:111122223333:deliverystream/aws-waf-logs-a1'] }],
    });
    waf.on(ListWafTags).resolves({ TagInfoForResource: { TagList: [] } });
    const acls = ofType((await collectAws({ regions: [R, 'eu-west-1'] })).resources, 'AWS::WAF::WebACL');
    expect(acls.map((a) => [a.name, a.region, a.props.logDestinations])).toEqual([
      ['logged', 'global', ['arn:aws:firehose:us-east-1:111122223333:deliverystream/aws-waf-logs-a1']],
      ['silent', 'global', null],
    ]);
    expect(waf.commandCalls(ListWebACLsCommand)).toHaveLength(1);
  });
});
