import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-opensearch-https-required.js';

const domain = (enforceHttps: boolean | ReturnType<typeof unknown>, tlsSecurityPolicy: string | ReturnType<typeof unknown>) =>
  resource('AWS::OpenSearchService::Domain', { enforceHttps, tlsSecurityPolicy });

ruleTester(rule, {
  pass: [
    { name: 'HTTPS with TLS 1.2 and PFS', resource: domain(true, 'Policy-Min-TLS-1-2-PFS-2023-10'), message: /PFS/ },
    { name: 'HTTPS with TLS 1.2', resource: domain(true, 'Policy-Min-TLS-1-2-2019-07') },
  ],
  fail: [
    { name: 'plain HTTP allowed', resource: domain(false, 'Policy-Min-TLS-1-2-2019-07'), message: /plain HTTP/ },
    { name: 'HTTPS with TLS 1.0 allowed', resource: domain(true, 'Policy-Min-TLS-1-0-2019-07'), message: /below 1.2/ },
    { name: 'a template leaving HTTPS off', resource: resource('AWS::OpenSearchService::Domain', { enforceHttps: false, tlsSecurityPolicy: unknown('no TLS security policy is declared') }, { origin: iacOrigin('Notes') }) },
  ],
  not_assessed: [
    { name: 'HTTPS enforced, policy left to the service', resource: domain(true, unknown('no TLS security policy is declared')), message: /TLS security policy/ },
    { name: 'HTTPS from an unresolved parameter', resource: domain(unknown('parameter Https has no value'), 'Policy-Min-TLS-1-2-2019-07') },
  ],
});
