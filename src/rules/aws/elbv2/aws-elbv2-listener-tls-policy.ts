import { z } from 'zod';
import { elbPolicyMinTls, tlsAtLeast, tlsLabel, type TlsVersion } from '../../../analysis/edge-tls.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elbv2-listener-tls-policy',
    title: 'HTTPS or TLS listener uses a security policy without TLS below 1.2',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-tls12-everywhere'],
    rationale:
      'TLS 1.0 and 1.1 are deprecated (RFC 8996) and NIST SP 800-52r2 requires TLS 1.2 or later for systems handling ' +
      'sensitive data. A listener whose policy still accepts them lets a client, or an attacker forcing a downgrade, ' +
      'carry PHI over broken protocol versions. Listeners created outside the console without a policy get ' +
      'ELBSecurityPolicy-2016-08, which accepts TLS 1.0.',
    remediation: {
      text: 'Set the listener security policy to ELBSecurityPolicy-TLS13-1-2-2021-06 (or a stricter TLS 1.2+ policy).',
      cli: 'aws elbv2 modify-listener --listener-arn LISTENER_ARN --ssl-policy ELBSecurityPolicy-TLS13-1-2-2021-06',
      terraform: 'resource "aws_lb_listener" "https" {\n  # ...\n  ssl_policy = "ELBSecurityPolicy-TLS13-1-2-2021-06"\n}',
      cloudformation: 'SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06',
    },
  },
  options: z.object({ minTlsVersion: z.enum(['1.2', '1.3']).default('1.2') }),
  evaluate(listener, ctx) {
    const { protocol, sslPolicy } = listener.props;
    if (isUnknown(protocol)) return unknownResult('protocol', protocol);
    if (protocol !== 'HTTPS' && protocol !== 'TLS') return null;
    if (isUnknown(sslPolicy)) return unknownResult('sslPolicy', sslPolicy);
    const min = ctx.options.minTlsVersion as TlsVersion;
    const evidence = [ev('sslPolicy', sslPolicy), ev('options.minTlsVersion', min)];
    if (sslPolicy === null) return notAssessed('the listener reports no security policy', ...evidence);
    const lowest = elbPolicyMinTls(sslPolicy);
    if (!lowest) return notAssessed(`${sslPolicy} is not a security policy phiguard knows the TLS versions of`, ...evidence);
    return tlsAtLeast(lowest, min)
      ? pass(`${sslPolicy} accepts ${tlsLabel(lowest)} and later.`, ...evidence)
      : fail(`${sslPolicy} still accepts ${tlsLabel(lowest)}.`, ...evidence);
  },
});
