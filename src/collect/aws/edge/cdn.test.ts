import { ListCertificatesCommand, ListTagsForCertificateCommand } from '@aws-sdk/client-acm';
import { GetDistributionConfigCommand, ListDistributionsCommand, ListTagsForResourceCommand } from '@aws-sdk/client-cloudfront';
import { ListLoggingConfigurationsCommand, ListTagsForResourceCommand as ListWafTagsCommand, ListWebACLsCommand } from '@aws-sdk/client-wafv2';
import { describe, expect, it } from 'vitest';
import { unknown } from '../../../model/unknown.js';
import { collectAws } from '../index.js';
import { ACCOUNT, byRegion, denied, deniedJson, mockAws, ofType, throttled } from '../test-support/aws-mock.js';

const mocks = mockAws();
const R = 'us-east-1';
const distArn = (id: string) => `arn:aws:cloudfront::${ACCOUNT}:distribution/${id}`;

function summary(Id: string, over: Record<string, unknown>): never {
  return {
    Id,
    ARN: distArn(Id),
    DomainName: `${Id.toLowerCase()}.cloudfront.net`,
    Enabled: true,
    Aliases: { Quantity: 0, Items: [] },
    DefaultCacheBehavior: { TargetOriginId: 'o', ViewerProtocolPolicy: 'redirect-to-https' },
    CacheBehaviors: { Quantity: 0, Items: [] },
    ViewerCertificate: { CloudFrontDefaultCertificate: true, MinimumProtocolVersion: 'TLSv1' },
    WebACLId: '',
    ...over,
  } as never;
}

describe('CloudFront distributions', () => {
  it('lists every page once, globally, with behaviours, certificate, logging and tags', async () => {
    mocks
      .of('cloudfront')
      .on(ListDistributionsCommand, { Marker: undefined })
      .resolves({
        DistributionList: {
          Marker: '',
          MaxItems: 1000,
          Quantity: 1,
          IsTruncated: true,
          NextMarker: 'E2',
          Items: [
            summary('E1PORTAL', {
              Aliases: { Quantity: 1, Items: ['portal.clinic.example'] },
              CacheBehaviors: { Quantity: 1, Items: [{ PathPattern: '/legacy/*', TargetOriginId: 'o', ViewerProtocolPolicy: 'allow-all' }] },
              ViewerCertificate: { ACMCertificateArn: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/c1`, SSLSupportMethod: 'sni-only', MinimumProtocolVersion: 'TLSv1.2_2021' },
              WebACLId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/cdn/1`,
            }),
          ],
        },
      })
      .on(ListDistributionsCommand, { Marker: 'E2' })
      .resolves({ DistributionList: { Marker: 'E2', MaxItems: 1000, Quantity: 1, IsTruncated: false, Items: [summary('E2DEFAULT', {})] } });
    mocks.of('cloudfront').on(GetDistributionConfigCommand, { Id: 'E1PORTAL' }).resolves({
      DistributionConfig: { Logging: { Enabled: true, IncludeCookies: false, Bucket: 'cdn-logs.s3.amazonaws.com', Prefix: 'portal/' } } as never,
    });
    mocks.of('cloudfront').on(GetDistributionConfigCommand, { Id: 'E2DEFAULT' }).rejects(denied('cloudfront:GetDistributionConfig'));
    mocks.of('cloudfront').on(ListTagsForResourceCommand).resolves({ Tags: { Items: [{ Key: 'data-classification', Value: 'phi' }] } });
    const result = await collectAws({ regions: [R, 'eu-west-1'] });
    const dists = ofType(result.resources, 'AWS::CloudFront::Distribution');
    expect(dists.map((d) => d.id)).toEqual([distArn('E1PORTAL'), distArn('E2DEFAULT')]);
    expect(dists[0]).toMatchObject({
      region: 'global',
      tags: { 'data-classification': 'phi' },
      props: {
        enabled: true,
        aliases: ['portal.clinic.example'],
        behaviors: [
          { pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https' },
          { pathPattern: '/legacy/*', viewerProtocolPolicy: 'allow-all' },
        ],
        usesDefaultCertificate: false,
        minimumProtocolVersion: 'TLSv1.2_2021',
        certificate: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/c1`,
        logging: { bucket: 'cdn-logs.s3.amazonaws.com', prefix: 'portal/' },
        webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/cdn/1`,
      },
    });
    expect(dists[1]!.props).toMatchObject({
      usesDefaultCertificate: true,
      minimumProtocolVersion: 'TLSv1',
      certificate: null,
      webAclId: null,
      logging: unknown('AccessDenied on cloudfront:GetDistributionConfig'),
    });
    // Global: one listing for the account, not one per region.
    expect(mocks.of('cloudfront').commandCalls(ListDistributionsCommand)).toHaveLength(2);
    expect(result.coverage).toContainEqual({ provider: 'aws', account: ACCOUNT, type: 'AWS::CloudFront::Distribution', complete: true, reasons: [] });
  });

  it('marks distributions incomplete when the listing is throttled', async () => {
    mocks.of('cloudfront').on(ListDistributionsCommand).rejects(throttled());
    const result = await collectAws({ regions: [R] });
    expect(result.coverage.find((c) => c.type === 'AWS::CloudFront::Distribution')).toMatchObject({
      complete: false,
      reasons: [`throttled: cloudfront:ListDistributions gave up after 10 attempts in ${R}`],
    });
  });
});

describe('ACM certificates', () => {
  it('asks for every key type, pages, and reads expiry and use from the summaries', async () => {
    const arn = (n: number) => `arn:aws:acm:${R}:${ACCOUNT}:certificate/0000000${n}`;
    mocks
      .of('acm')
      .on(ListCertificatesCommand, { NextToken: undefined })
      .resolves({
        CertificateSummaryList: [{ CertificateArn: arn(1), DomainName: 'portal.clinic.example', Type: 'AMAZON_ISSUED', Status: 'ISSUED', InUse: true, RenewalEligibility: 'ELIGIBLE', NotAfter: new Date('2027-01-31T23:59:59Z') }],
        NextToken: 't2',
      })
      .on(ListCertificatesCommand, { NextToken: 't2' })
      .resolves({ CertificateSummaryList: [{ CertificateArn: arn(2), DomainName: 'legacy.clinic.example', Type: 'IMPORTED', Status: 'EXPIRED', InUse: false, NotAfter: new Date('2024-05-01T00:00:00Z') }] });
    mocks.of('acm').on(ListTagsForCertificateCommand, { CertificateArn: arn(1) }).resolves({ Tags: [{ Key: 'app', Value: 'portal' }] });
    mocks.of('acm').on(ListTagsForCertificateCommand, { CertificateArn: arn(2) }).rejects(deniedJson('acm:ListTagsForCertificate'));
    const result = await collectAws({ regions: [R] });
    const certs = ofType(result.resources, 'AWS::CertificateManager::Certificate');
    expect(certs.map((c) => [c.name, c.props, c.tags])).toEqual([
      ['portal.clinic.example', { domainName: 'portal.clinic.example', type: 'AMAZON_ISSUED', status: 'ISSUED', notAfter: '2027-01-31T23:59:59.000Z', inUse: true, renewalEligibility: 'ELIGIBLE' }, { app: 'portal' }],
      ['legacy.clinic.example', { domainName: 'legacy.clinic.example', type: 'IMPORTED', status: 'EXPIRED', notAfter: '2024-05-01T00:00:00.000Z', inUse: false, renewalEligibility: null }, unknown('AccessDenied on acm:ListTagsForCertificate')],
    ]);
    expect(mocks.of('acm').commandCalls(ListCertificatesCommand)[0]!.args[0].input.Includes?.keyTypes).toContain('EC_prime256v1');
  });

  it('marks certificates incomplete in a region whose listing is denied', async () => {
    mocks.of('acm').on(ListCertificatesCommand).callsFake(byRegion({ [R]: { CertificateSummaryList: [] }, 'eu-west-1': deniedJson('acm:ListCertificates') }));
    const result = await collectAws({ regions: [R, 'eu-west-1'] });
    expect(result.coverage.find((c) => c.type === 'AWS::CertificateManager::Certificate')).toMatchObject({
      complete: false,
      reasons: ['AccessDenied on acm:ListCertificates in eu-west-1'],
    });
  });
});

describe('WAFv2 web ACLs', () => {
  const regional = `arn:aws:wafv2:${R}:${ACCOUNT}:regional/webacl/phi-edge/1`;
  const global = `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/cdn/2`;

  it('lists REGIONAL ACLs per region and CLOUDFRONT ACLs once, joining logging', async () => {
    const waf = mocks.of('wafv2');
    waf.on(ListWebACLsCommand, { Scope: 'REGIONAL' }).resolves({ WebACLs: [{ Name: 'phi-edge', Id: '1', ARN: regional }] });
    waf.on(ListWebACLsCommand, { Scope: 'CLOUDFRONT' }).resolves({ WebACLs: [{ Name: 'cdn', Id: '2', ARN: global }] });
    waf.on(ListLoggingConfigurationsCommand, { Scope: 'REGIONAL' }).resolves({
      LoggingConfigurations: [{ ResourceArn: regional, LogDestinationConfigs: [`arn:aws:logs:${R}:${ACCOUNT}:log-group:aws-waf-logs-phi`] }],
    });
    waf.on(ListLoggingConfigurationsCommand, { Scope: 'CLOUDFRONT' }).resolves({ LoggingConfigurations: [] });
    waf.on(ListWafTagsCommand).resolves({ TagInfoForResource: { TagList: [] } });
    const acls = ofType((await collectAws({ regions: [R] })).resources, 'AWS::WAFv2::WebACL');
    expect(acls.map((a) => [a.id, a.region, a.props])).toEqual([
      [global, 'global', { name: 'cdn', scope: 'CLOUDFRONT', logDestinations: null }],
      [regional, R, { name: 'phi-edge', scope: 'REGIONAL', logDestinations: [`arn:aws:logs:${R}:${ACCOUNT}:log-group:aws-waf-logs-phi`] }],
    ]);
  });

  it('leaves logging unknown, not off, when the logging list is denied', async () => {
    const waf = mocks.of('wafv2');
    waf.on(ListWebACLsCommand, { Scope: 'REGIONAL' }).resolves({ WebACLs: [{ Name: 'phi-edge', Id: '1', ARN: regional }] });
    waf.on(ListLoggingConfigurationsCommand).rejects(deniedJson('wafv2:ListLoggingConfigurations'));
    waf.on(ListWafTagsCommand).resolves({ TagInfoForResource: { TagList: [] } });
    const acl = ofType((await collectAws({ regions: [R] })).resources, 'AWS::WAFv2::WebACL')[0]!;
    expect(acl.props.logDestinations).toEqual(unknown('AccessDenied on wafv2:ListLoggingConfigurations'));
  });
});
