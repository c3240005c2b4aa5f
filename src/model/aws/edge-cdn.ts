import type { Known } from '../unknown.js';

export interface CloudFrontBehavior {
  /** `*` for the default cache behaviour. */
  pathPattern: Known<string>;
  /** `allow-all`, `https-only` or `redirect-to-https`. */
  viewerProtocolPolicy: Known<string>;
}

export interface CloudFrontDistributionProps {
  enabled: Known<boolean>;
  aliases: Known<string[]>;
  /** The default cache behaviour first, then the ordered ones. */
  behaviors: Known<CloudFrontBehavior[]>;
  /** True when viewers get the `*.cloudfront.net` certificate, whose security policy is always TLSv1. */
  usesDefaultCertificate: Known<boolean>;
  /** `TLSv1`, `TLSv1.2_2021`…, settled to CloudFront's default (`TLSv1`) when not given. */
  minimumProtocolVersion: Known<string>;
  /** ACM certificate ARN or IAM server certificate id; null with the default certificate. */
  certificate: Known<string | null>;
  /** Standard (legacy) access logs; null: off. `bucket` as CloudFront takes it, `name.s3.amazonaws.com`. */
  logging: Known<{ bucket: Known<string>; prefix: Known<string | null> } | null>;
  /** WAFv2 web ACL ARN or WAF Classic web ACL id; null: none. */
  webAclId: Known<string | null>;
}

export interface AcmCertificateProps {
  domainName: Known<string>;
  /** `AMAZON_ISSUED`, `IMPORTED` or `PRIVATE`. */
  type: Known<string>;
  /** `ISSUED`, `PENDING_VALIDATION`, `EXPIRED`, `INACTIVE`, `REVOKED`, `FAILED`, `VALIDATION_TIMED_OUT`. */
  status: Known<string>;
  /** ISO 8601; null while no certificate has been issued. */
  notAfter: Known<string | null>;
  /** Whether an AWS resource (load balancer, distribution, API) uses it. */
  inUse: Known<boolean>;
  /** `ELIGIBLE` or `INELIGIBLE` for ACM managed renewal. */
  renewalEligibility: Known<string | null>;
}

export interface WafWebAclProps {
  name: Known<string>;
  /** `REGIONAL` or `CLOUDFRONT` (WAFv2); `CLOUDFRONT` for WAF Classic global ACLs. */
  scope: Known<string>;
  /** Log destinations (Firehose stream, S3 bucket or CloudWatch Logs group ARNs); null: logging off. */
  logDestinations: Known<Known<string>[] | null>;
}
