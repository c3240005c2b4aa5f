/**
 * The lowest TLS version each predefined security policy lets a client negotiate, for Elastic
 * Load Balancing (Application, Network and Classic), CloudFront and API Gateway. Facts from
 * the AWS documentation of each service's security policies; a name not listed here is
 * answered `undefined`, so a rule says "not assessed" rather than guess about a policy
 * published after this table.
 */

/** A TLS version as `major.minor`; SSL 3.0 is `0.3` so versions order numerically. */
export type TlsVersion = '0.3' | '1.0' | '1.1' | '1.2' | '1.3';

const ORDER: readonly TlsVersion[] = ['0.3', '1.0', '1.1', '1.2', '1.3'];

/** Whether `v` is at least `min`. */
export function tlsAtLeast(v: TlsVersion, min: TlsVersion): boolean {
  return ORDER.indexOf(v) >= ORDER.indexOf(min);
}

export function tlsLabel(v: TlsVersion): string {
  return v === '0.3' ? 'SSL 3.0' : `TLS ${v}`;
}

// ELB policies whose name does not carry the version. Every one of these offers TLS 1.0
// (the 2011–2015 classic ones SSLv3 as well, until AWS removed it from the 2014-10 policy on).
const ELB_LEGACY: Readonly<Record<string, TlsVersion>> = {
  'ELBSecurityPolicy-2016-08': '1.0',
  'ELBSecurityPolicy-2015-05': '1.0',
  'ELBSecurityPolicy-2015-03': '1.0',
  'ELBSecurityPolicy-2015-02': '1.0',
  'ELBSecurityPolicy-2014-10': '1.0',
  'ELBSecurityPolicy-2014-01': '0.3',
  'ELBSecurityPolicy-2011-08': '0.3',
  'ELBSample-ELBDefaultCipherPolicy': '0.3',
  'ELBSample-OpenSSLDefaultCipherPolicy': '0.3',
  'ELBSecurityPolicy-FS-2018-06': '1.0',
};

/**
 * Minimum TLS version of a predefined ELB security policy. Since 2017 AWS names the version
 * in the policy: `ELBSecurityPolicy-TLS-1-2-2017-01`, `-FS-1-2-Res-2020-10`,
 * `-TLS13-1-2-2021-06`, `-TLS13-1-3-FIPS-2023-04`, `-TLS13-1-2-PQ-2025-09`.
 */
export function elbPolicyMinTls(name: string): TlsVersion | undefined {
  const legacy = ELB_LEGACY[name];
  if (legacy) return legacy;
  const m = /^ELBSecurityPolicy-(?:TLS13|TLS|FS)-1-([0-3])-/.exec(name);
  return m ? (`1.${m[1]}` as TlsVersion) : undefined;
}

/**
 * The CloudFront viewer security policies (MinimumProtocolVersion), oldest first. Only the
 * `TLSv1.2_2019` policy and later ones offer nothing below TLS 1.2 together with only the
 * ciphers AWS still recommends; `TLSv1.2_2018` is TLS 1.2 with its older cipher list.
 */
export const CLOUDFRONT_POLICIES: readonly string[] = [
  'SSLv3',
  'TLSv1',
  'TLSv1_2016',
  'TLSv1.1_2016',
  'TLSv1.2_2018',
  'TLSv1.2_2019',
  'TLSv1.2_2021',
  'TLSv1.2_2025',
  'TLSv1.3_2025',
];

export function cloudFrontPolicyMinTls(name: string): TlsVersion | undefined {
  if (name === 'SSLv3') return '0.3';
  const m = /^TLSv1(?:\.([123]))?_\d{4}$|^TLSv1$/.exec(name);
  if (!m || !CLOUDFRONT_POLICIES.includes(name)) return undefined;
  return (`1.${m[1] ?? '0'}`) as TlsVersion;
}

/** Whether CloudFront policy `name` is `min` or a later one; undefined for names not in the table. */
export function cloudFrontPolicyAtLeast(name: string, min: string): boolean | undefined {
  const i = CLOUDFRONT_POLICIES.indexOf(name);
  const j = CLOUDFRONT_POLICIES.indexOf(min);
  return i < 0 || j < 0 ? undefined : i >= j;
}

/**
 * Minimum TLS version of an API Gateway domain security policy: the legacy `TLS_1_0` and
 * `TLS_1_2`, and the enhanced `SecurityPolicy_TLS13_1_3_2025_09`,
 * `SecurityPolicy_TLS13_1_2_PFS_PQ_2025_09`, `SecurityPolicy_TLS12_PFS_2025_EDGE`…
 */
export function apigwPolicyMinTls(name: string): TlsVersion | undefined {
  if (name === 'TLS_1_0') return '1.0';
  if (name === 'TLS_1_2') return '1.2';
  if (/^SecurityPolicy_TLS13_1_3_/.test(name)) return '1.3';
  if (/^SecurityPolicy_TLS13_1_2_/.test(name) || /^SecurityPolicy_TLS12_/.test(name)) return '1.2';
  return undefined;
}

/**
 * The protocols a classic load balancer's predefined policy enables, for templates that name
 * a `Reference-Security-Policy` (the live API lists the attributes themselves).
 */
export function clbPolicyProtocols(name: string): string[] | undefined {
  const min = elbPolicyMinTls(name);
  if (!min) return undefined;
  return (['SSLv3', 'TLSv1', 'TLSv1.1', 'TLSv1.2'] as const).filter((p, i) => tlsAtLeast((['0.3', '1.0', '1.1', '1.2'] as const)[i]!, min));
}

/** The lowest version among classic ELB protocol attribute names (`TLSv1.1`, `SSLv3`). */
export function clbMinTls(protocols: readonly string[]): TlsVersion | undefined {
  const versions = protocols.map((p): TlsVersion | undefined =>
    p === 'SSLv3' ? '0.3' : p === 'TLSv1' ? '1.0' : p === 'TLSv1.1' ? '1.1' : p === 'TLSv1.2' ? '1.2' : undefined,
  );
  const known = versions.filter((v): v is TlsVersion => v !== undefined);
  if (known.length === 0) return undefined;
  return known.sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b))[0];
}
