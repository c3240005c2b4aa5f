import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

/** Policies whose minimum is TLS 1.2. */
const TLS12 = /^Policy-Min-TLS-1-[23]/;

export default defineRule({
  meta: {
    id: 'aws-opensearch-https-required',
    title: 'OpenSearch domain requires HTTPS with TLS 1.2 or later',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::OpenSearchService::Domain'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['opensearch-https-required', 'gap-aws-tls12-everywhere'],
    rationale:
      'Search indexes of clinical notes hold ePHI in every document. A domain that answers plain HTTP, or accepts ' +
      'TLS 1.0 and 1.1 with their known weaknesses, lets that content cross the network readable or downgradable.',
    remediation: {
      text: 'Enforce HTTPS and set the TLS security policy to Policy-Min-TLS-1-2-PFS-2023-10 (or Policy-Min-TLS-1-2-2019-07).',
      cli: 'aws opensearch update-domain-config --domain-name DOMAIN --domain-endpoint-options EnforceHTTPS=true,TLSSecurityPolicy=Policy-Min-TLS-1-2-PFS-2023-10',
      terraform: 'resource "aws_opensearch_domain" "this" {\n  # ...\n  domain_endpoint_options {\n    enforce_https       = true\n    tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10"\n  }\n}',
      cloudformation: 'DomainEndpointOptions:\n  EnforceHTTPS: true\n  TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10',
    },
  },
  evaluate(domain) {
    const https = domain.props.enforceHttps;
    if (isUnknown(https)) return unknownResult('enforceHttps', https);
    const policy = domain.props.tlsSecurityPolicy;
    const evidence = [ev('enforceHttps', https), ev('tlsSecurityPolicy', policy)];
    if (!https) return fail('The domain answers plain HTTP: HTTPS is not enforced.', ...evidence);
    if (isUnknown(policy)) return notAssessed(`tlsSecurityPolicy is unknown: ${policy.$unknown}`, ...evidence);
    return TLS12.test(policy)
      ? pass(`The domain requires HTTPS with ${policy}.`, ...evidence)
      : fail(`The domain requires HTTPS but accepts TLS versions below 1.2 (${policy}).`, ...evidence);
  },
});
