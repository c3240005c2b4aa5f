import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('CloudFront and ACM in Terraform', () => {
  it('reads behaviours, the certificate with its default policy, and logging', async () => {
    const r = await scanHcl({
      'main.tf': `
resource "aws_acm_certificate" "portal" {
  domain_name       = "portal.clinic.example"
  validation_method = "DNS"
}

resource "aws_cloudfront_distribution" "portal" {
  enabled = true
  aliases = ["portal.clinic.example"]
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "redirect-to-https"
  }
  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "app"
    viewer_protocol_policy = "https-only"
  }
  viewer_certificate {
    acm_certificate_arn = aws_acm_certificate.portal.arn
    ssl_support_method  = "sni-only"
  }
  logging_config {
    bucket = "cdn-logs.s3.amazonaws.com"
  }
}

resource "aws_cloudfront_distribution" "default_cert" {
  enabled = true
  default_cache_behavior {
    target_origin_id       = "app"
    viewer_protocol_policy = "allow-all"
  }
  viewer_certificate {
    cloudfront_default_certificate = true
  }
}
`,
    });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, 'AWS::CloudFront::Distribution', 'aws_cloudfront_distribution.portal').props).toEqual({
      enabled: true,
      aliases: ['portal.clinic.example'],
      behaviors: [
        { pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https' },
        { pathPattern: '/api/*', viewerProtocolPolicy: 'https-only' },
      ],
      usesDefaultCertificate: false,
      minimumProtocolVersion: 'TLSv1',
      certificate: 'ref:infra#aws_acm_certificate.portal',
      logging: { bucket: 'cdn-logs.s3.amazonaws.com', prefix: null },
      webAclId: null,
    });
    expect(byAddress(r, 'AWS::CloudFront::Distribution', 'aws_cloudfront_distribution.default_cert').props).toMatchObject({
      usesDefaultCertificate: true,
      minimumProtocolVersion: 'TLSv1',
      logging: null,
    });
    expect(byAddress(r, 'AWS::CertificateManager::Certificate', 'aws_acm_certificate.portal').props).toMatchObject({ type: 'AMAZON_ISSUED', domainName: 'portal.clinic.example' });
  });
});
