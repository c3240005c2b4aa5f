import { DescribeDomainsCommand, type DomainStatus, ListDomainNamesCommand, ListTagsCommand } from '@aws-sdk/client-opensearch';
import { describe, expect, it } from 'vitest';
import { collectAws } from '../index.js';
import { ACCOUNT, denied, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const arn = (n: string) => `arn:aws:es:${R}:${ACCOUNT}:domain/${n}`;
const domain = (n: string, over: Partial<DomainStatus> = {}): DomainStatus => ({
  DomainId: `${ACCOUNT}/${n}`,
  DomainName: n,
  ARN: arn(n),
  ClusterConfig: {},
  EngineVersion: 'OpenSearch_2.13',
  ...over,
});
const NAMES = ['d1', 'd2', 'd3', 'd4', 'd5', 'notes'];

describe('OpenSearch domains', () => {
  it('describes five domains a call and reads endpoint, encryption, VPC and log settings', async () => {
    const es = mocks.of('es');
    es.on(ListDomainNamesCommand).resolves({ DomainNames: NAMES.map((DomainName) => ({ DomainName, EngineType: 'OpenSearch' })) });
    es.on(DescribeDomainsCommand).callsFake((input: { DomainNames: string[] }) => ({
      DomainStatusList: input.DomainNames.map((n) =>
        n === 'notes'
          ? domain(n, {
              EngineVersion: 'Elasticsearch_7.10',
              DomainEndpointOptions: { EnforceHTTPS: true, TLSSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07' },
              EncryptionAtRestOptions: { Enabled: true, KmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1' },
              NodeToNodeEncryptionOptions: { Enabled: true },
              VPCOptions: { VPCId: 'vpc-1', SubnetIds: ['subnet-1'] },
              LogPublishingOptions: { ES_APPLICATION_LOGS: { Enabled: true, CloudWatchLogsLogGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:/os/notes' } },
            })
          : domain(n, { DomainEndpointOptions: { EnforceHTTPS: false, TLSSecurityPolicy: 'Policy-Min-TLS-1-0-2019-07' } }),
      ),
    }));
    es.on(ListTagsCommand).resolves({ TagList: [] });
    es.on(ListTagsCommand, { ARN: arn('notes') }).rejects(deniedJson('es:ListTags'));
    const result = await collectAws({ regions: [R] });
    expect(mocks.of('es').commandCalls(DescribeDomainsCommand).map((c) => c.args[0].input.DomainNames)).toEqual([NAMES.slice(0, 5), ['notes']]);
    const domains = ofType(result.resources, 'AWS::OpenSearchService::Domain');
    expect(domains).toHaveLength(6);
    const notes = domains.find((d) => d.name === 'notes')!;
    expect(notes.tags).toEqual({ $unknown: expect.stringMatching(/AccessDenied/) });
    expect(notes.props).toEqual({
      domainName: 'notes',
      engineVersion: 'Elasticsearch_7.10',
      enforceHttps: true,
      tlsSecurityPolicy: 'Policy-Min-TLS-1-2-2019-07',
      encryptionAtRest: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k1',
      nodeToNodeEncryption: true,
      inVpc: true,
      logPublishing: [{ logType: 'ES_APPLICATION_LOGS', enabled: true, logGroupArn: 'arn:aws:logs:us-east-1:111122223333:log-group:/os/notes' }],
    });
    expect(domains.find((d) => d.name === 'd1')!.props).toMatchObject({ enforceHttps: false, encryptionAtRest: false, nodeToNodeEncryption: false, inVpc: false, logPublishing: [] });
  });

  it('marks domains incomplete when the names are denied or the describe is throttled', async () => {
    mocks.of('es').on(ListDomainNamesCommand).rejects(denied('es:ListDomainNames'));
    let result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::OpenSearchService::Domain')).toMatchObject({ complete: false });
    mocks.of('es').on(ListDomainNamesCommand).resolves({ DomainNames: [{ DomainName: 'd1' }] });
    mocks.of('es').on(DescribeDomainsCommand).rejects(throttled());
    result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::OpenSearchService::Domain')).toMatchObject({ complete: false, reasons: [expect.stringMatching(/[Tt]hrottl/)] });
  });
});
