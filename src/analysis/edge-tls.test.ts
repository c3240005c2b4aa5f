import { describe, expect, it } from 'vitest';
import { apigwPolicyMinTls, clbMinTls, clbPolicyProtocols, cloudFrontPolicyAtLeast, cloudFrontPolicyMinTls, elbPolicyMinTls } from './edge-tls.js';

describe('TLS policy table', () => {
  it.each([
    ['ELBSecurityPolicy-2016-08', '1.0'],
    ['ELBSecurityPolicy-FS-2018-06', '1.0'],
    ['ELBSecurityPolicy-TLS-1-0-2015-04', '1.0'],
    ['ELBSecurityPolicy-TLS-1-1-2017-01', '1.1'],
    ['ELBSecurityPolicy-FS-1-1-2019-08', '1.1'],
    ['ELBSecurityPolicy-TLS13-1-1-2021-06', '1.1'],
    ['ELBSecurityPolicy-TLS13-1-0-FIPS-2023-04', '1.0'],
    ['ELBSecurityPolicy-TLS-1-2-2017-01', '1.2'],
    ['ELBSecurityPolicy-TLS-1-2-Ext-2018-06', '1.2'],
    ['ELBSecurityPolicy-FS-1-2-Res-2020-10', '1.2'],
    ['ELBSecurityPolicy-TLS13-1-2-2021-06', '1.2'],
    ['ELBSecurityPolicy-TLS13-1-2-Res-PQ-2025-09', '1.2'],
    ['ELBSecurityPolicy-TLS13-1-3-2021-06', '1.3'],
  ])('ELB %s allows %s and up', (name, min) => expect(elbPolicyMinTls(name)).toBe(min));

  it('does not guess about a policy it does not know', () => {
    expect(elbPolicyMinTls('my-custom-policy')).toBeUndefined();
    expect(cloudFrontPolicyMinTls('TLSv1.4_2031')).toBeUndefined();
    expect(apigwPolicyMinTls('TLS_1_3')).toBeUndefined();
  });

  it('orders CloudFront policies', () => {
    expect(cloudFrontPolicyMinTls('TLSv1')).toBe('1.0');
    expect(cloudFrontPolicyMinTls('TLSv1_2016')).toBe('1.0');
    expect(cloudFrontPolicyMinTls('TLSv1.1_2016')).toBe('1.1');
    expect(cloudFrontPolicyMinTls('TLSv1.2_2018')).toBe('1.2');
    expect(cloudFrontPolicyMinTls('TLSv1.3_2025')).toBe('1.3');
    expect(cloudFrontPolicyAtLeast('TLSv1.2_2018', 'TLSv1.2_2019')).toBe(false);
    expect(cloudFrontPolicyAtLeast('TLSv1.2_2021', 'TLSv1.2_2019')).toBe(true);
    expect(cloudFrontPolicyAtLeast('TLSv9', 'TLSv1.2_2019')).toBeUndefined();
  });

  it('reads API Gateway legacy and enhanced policies', () => {
    expect(apigwPolicyMinTls('TLS_1_0')).toBe('1.0');
    expect(apigwPolicyMinTls('TLS_1_2')).toBe('1.2');
    expect(apigwPolicyMinTls('SecurityPolicy_TLS13_1_3_2025_09')).toBe('1.3');
    expect(apigwPolicyMinTls('SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09')).toBe('1.2');
    expect(apigwPolicyMinTls('SecurityPolicy_TLS12_PFS_2025_EDGE')).toBe('1.2');
  });

  it('expands classic predefined policies to protocols and back', () => {
    expect(clbPolicyProtocols('ELBSecurityPolicy-TLS-1-2-2017-01')).toEqual(['TLSv1.2']);
    expect(clbPolicyProtocols('ELBSecurityPolicy-2016-08')).toEqual(['TLSv1', 'TLSv1.1', 'TLSv1.2']);
    expect(clbMinTls(['TLSv1.2', 'TLSv1.1'])).toBe('1.1');
    expect(clbMinTls([])).toBeUndefined();
  });
});
