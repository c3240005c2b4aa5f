import { describe, expect, it } from 'vitest';
import type { AnyResource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

function collect(yaml: string): Record<string, AnyResource> {
  const result = parseCloudFormation('tpl.yaml', yaml);
  expect(result.problems).toEqual([]);
  return Object.fromEntries(result.resources.map((r) => [r.origin.kind === 'iac' ? r.origin.address : r.id, r]));
}

describe('CloudFront, ACM and WAF in CloudFormation', () => {
  const r = collect(`
Resources:
  Cert:
    Type: AWS::CertificateManager::Certificate
    Properties: {DomainName: portal.clinic.example, ValidationMethod: DNS}
  Portal:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        Aliases: [portal.clinic.example]
        DefaultCacheBehavior: {TargetOriginId: app, ViewerProtocolPolicy: redirect-to-https}
        CacheBehaviors:
          - {PathPattern: /legacy/*, TargetOriginId: app, ViewerProtocolPolicy: allow-all}
        ViewerCertificate: {AcmCertificateArn: !Ref Cert, SslSupportMethod: sni-only}
        Logging: {Bucket: cdn-logs.s3.amazonaws.com, Prefix: portal/}
        WebACLId: arn:aws:wafv2:us-east-1:111122223333:global/webacl/cdn/1
  Bare:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior: {TargetOriginId: app, ViewerProtocolPolicy: https-only}
        ViewerCertificate: {CloudFrontDefaultCertificate: true, MinimumProtocolVersion: TLSv1.2_2021}
`);

  it('reads behaviours, settles the certificate and its policy, and logging', () => {
    expect(r.Portal!.props).toEqual({
      enabled: true,
      aliases: ['portal.clinic.example'],
      behaviors: [
        { pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https' },
        { pathPattern: '/legacy/*', viewerProtocolPolicy: 'allow-all' },
      ],
      usesDefaultCertificate: false,
      minimumProtocolVersion: 'TLSv1',
      certificate: 'ref:tpl.yaml#Cert',
      logging: { bucket: 'cdn-logs.s3.amazonaws.com', prefix: 'portal/' },
      webAclId: 'arn:aws:wafv2:us-east-1:111122223333:global/webacl/cdn/1',
    });
    // The cloudfront.net certificate gets TLSv1 whatever the template asks for.
    expect(r.Bare!.props).toMatchObject({ usesDefaultCertificate: true, minimumProtocolVersion: 'TLSv1', certificate: null, logging: null, webAclId: null });
  });

  it('models a requested certificate by kind, its dates unknown', () => {
    expect(r.Cert!.props).toMatchObject({ domainName: 'portal.clinic.example', type: 'AMAZON_ISSUED', notAfter: { $unknown: expect.any(String) } });
    expect(r.Cert!.refs).toEqual(['ref:tpl.yaml#Cert']);
  });
});
