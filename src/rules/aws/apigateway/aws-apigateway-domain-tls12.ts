import { apigwPolicyMinTls, tlsAtLeast, tlsLabel } from '../../../analysis/edge-tls.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-domain-tls12',
    title: 'API Gateway custom domain refuses TLS below 1.2',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ApiGateway::DomainName'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-apigw-tls12', 'gap-aws-tls12-everywhere'],
    rationale:
      'REST API custom domains are created with the TLS_1_0 security policy unless another is chosen, so clients ' +
      'can still carry PHI over TLS 1.0, deprecated by RFC 8996 and refused by NIST SP 800-52r2 for sensitive data. ' +
      'TLS_1_2 or an enhanced SecurityPolicy_TLS13 policy closes that path.',
    remediation: {
      text: 'Set the domain security policy to TLS_1_2 (or an enhanced SecurityPolicy_TLS13_* policy).',
      cli: 'aws apigateway update-domain-name --domain-name DOMAIN --patch-operations op=replace,path=/securityPolicy,value=TLS_1_2',
      terraform: 'resource "aws_api_gateway_domain_name" "this" {\n  # ...\n  security_policy = "TLS_1_2"\n}',
      cloudformation: 'SecurityPolicy: TLS_1_2',
    },
  },
  evaluate(domain) {
    const policy = domain.props.securityPolicy;
    if (isUnknown(policy)) return unknownResult('securityPolicy', policy);
    const evidence = ev('securityPolicy', policy);
    const lowest = apigwPolicyMinTls(policy);
    if (!lowest) return notAssessed(`${policy} is not a security policy phiguard knows the TLS versions of`, evidence);
    return tlsAtLeast(lowest, '1.2')
      ? pass(`${policy} accepts ${tlsLabel(lowest)} and later.`, evidence)
      : fail(`${policy} accepts ${tlsLabel(lowest)}.`, evidence);
  },
});
