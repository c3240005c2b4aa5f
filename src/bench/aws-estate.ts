/**
 * A generated AWS organization served at the HTTP layer, for `npm run bench:aws`: every
 * request goes through the real SDK clients (serialize, sign, adaptive retry, parse), and
 * this handler answers it as the service would, in its own protocol (JSON for KMS,
 * CloudTrail, Logs and Organizations; query XML for STS and EC2; REST XML for S3 and
 * S3 Control), after a fixed latency, and throttles each API per account and region with a
 * token bucket, the way AWS does.
 *
 * aws-sdk-client-mock replaces `send`, so the retry middleware never runs under it; a
 * benchmark of throttling has to answer below the middleware instead.
 */

export interface EstateShape {
  accounts: number;
  regions: number;
  /** Resources in the whole estate; split across accounts, regions and types. */
  resources: number;
}

export interface ServeOptions {
  latencyMs: number;
  /** Requests per second per account, region and operation, and the bucket's burst. */
  rate: number;
  burst: number;
  /** Per-operation overrides (`cloudtrail:GetTrailStatus`), from AWS's published quotas where known. */
  rates?: Record<string, number>;
}

export const ALL_REGIONS = [
  'us-east-1', 'us-east-2', 'us-west-1', 'us-west-2', 'ca-central-1', 'eu-west-1', 'eu-west-2', 'eu-west-3', 'eu-central-1',
  'eu-north-1', 'ap-south-1', 'ap-northeast-1', 'ap-northeast-2', 'ap-northeast-3', 'ap-southeast-1', 'ap-southeast-2', 'sa-east-1',
];
// Opt-in regions the estate's accounts have not enabled: listed, never scanned.
const DISABLED = ['af-south-1', 'me-south-1'];

interface Account {
  id: string;
  buckets: { name: string; region: string }[];
  keys: Map<string, string[]>;
  logGroups: Map<string, string[]>;
  trails: Map<string, string[]>;
}

export interface Estate {
  management: string;
  accounts: Account[];
  regions: string[];
  counts: { buckets: number; keys: number; logGroups: number; trails: number };
}

export function generateEstate(shape: EstateShape): Estate {
  const regions = ALL_REGIONS.slice(0, shape.regions);
  const per = Math.floor(shape.resources / shape.accounts);
  // A mix like a real estate's: many log groups, keys, buckets, a few trails.
  const split = { buckets: Math.round(per * 0.1), keys: Math.round(per * 0.3), trails: Math.max(1, Math.round(per * 0.005)) };
  const logGroups = per - split.buckets - split.keys - split.trails;
  const accounts: Account[] = [];
  for (let a = 0; a < shape.accounts; a++) {
    const id = String(100000000000 + a * 111111111).padStart(12, '0');
    const spread = (n: number, make: (i: number) => string) => {
      const m = new Map<string, string[]>(regions.map((r) => [r, []]));
      for (let i = 0; i < n; i++) m.get(regions[i % regions.length]!)!.push(make(i));
      return m;
    };
    accounts.push({
      id,
      buckets: Array.from({ length: split.buckets }, (_, i) => ({ name: `phi-${id}-${i}`, region: regions[i % regions.length]! })),
      keys: spread(split.keys, (i) => `${id.slice(0, 8)}-0000-4000-8000-${String(i).padStart(12, '0')}`),
      logGroups: spread(logGroups, (i) => `/app/${id}/service-${i}`),
      trails: spread(split.trails, (i) => `trail-${i}`),
    });
  }
  return {
    management: accounts[0]!.id,
    accounts,
    regions,
    counts: { buckets: split.buckets * shape.accounts, keys: split.keys * shape.accounts, logGroups: logGroups * shape.accounts, trails: split.trails * shape.accounts },
  };
}

interface Req {
  method: string;
  hostname: string;
  path: string;
  query?: Record<string, string | string[] | null>;
  headers: Record<string, string>;
  body?: unknown;
}

interface Answer {
  status: number;
  body: string | Uint8Array;
  type: string;
}

export interface ServeStats {
  requests: number;
  throttled: number;
}

const json = (body: unknown, status = 200): Answer => ({ status, body: JSON.stringify(body), type: 'application/x-amz-json-1.1' });
const xml = (body: string, status = 200): Answer => ({ status, body: `<?xml version="1.0" encoding="UTF-8"?>${body}`, type: 'text/xml' });
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

class TokenBucket {
  private tokens: number;
  private last = performance.now();
  constructor(
    private readonly rate: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }
  take(): boolean {
    const now = performance.now();
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.rate);
    this.last = now;
    if (this.tokens < 1) return false;
    this.tokens -= 1;
    return true;
  }
}

/** The request handler every client of the benchmark is given. */
export function serveEstate(estate: Estate, opts: ServeOptions) {
  const stats: ServeStats = { requests: 0, throttled: 0 };
  const buckets = new Map<string, TokenBucket>();
  const byId = new Map(estate.accounts.map((a) => [a.id, a]));
  const bucketIndex = new Map<string, { account: Account; region: string }>();
  for (const a of estate.accounts) for (const b of a.buckets) bucketIndex.set(b.name, { account: a, region: b.region });

  const handler = {
    async handle(request: Req): Promise<{ response: { statusCode: number; headers: Record<string, string>; body: Uint8Array } }> {
      stats.requests++;
      const auth = request.headers.authorization ?? request.headers.Authorization ?? '';
      // Credential=AKID/20260101/us-east-1/kms/aws4_request
      const [, akid = '', region = 'us-east-1', scope = ''] = /Credential=([^/]+)\/\d+\/([^/]+)\/([^/]+)\//.exec(auth) ?? [];
      // S3 Control signs as s3; its host names it.
      const service = request.hostname.includes('s3-control') ? 's3control' : scope;
      const account = byId.get(akid.startsWith('ASIA') ? akid.slice(4) : estate.management)!;
      const body = typeof request.body === 'string' ? request.body : request.body instanceof Uint8Array ? new TextDecoder().decode(request.body) : '';
      const op = operationOf(service, request, body);
      await new Promise((r) => setTimeout(r, opts.latencyMs));
      const key = `${account.id}|${region}|${service}:${op}`;
      let bucket = buckets.get(key);
      if (!bucket) {
        const rate = opts.rates?.[`${service}:${op}`] ?? opts.rate;
        buckets.set(key, (bucket = new TokenBucket(rate, Math.min(opts.burst, Math.max(1, rate)))));
      }
      const answer = bucket.take() ? answerFor(service, op, request, body, account, region) : throttle(service, stats);
      return {
        response: {
          statusCode: answer.status,
          headers: { 'content-type': answer.type, 'x-amzn-requestid': `r${stats.requests}`, 'x-amz-request-id': `r${stats.requests}` },
          body: typeof answer.body === 'string' ? new TextEncoder().encode(answer.body) : answer.body,
        },
      };
    },
  };

  function answerFor(service: string, op: string, req: Req, body: string, account: Account, region: string): Answer {
    const input = service === 'kms' || service === 'cloudtrail' || service === 'logs' || service === 'organizations' ? (JSON.parse(body || '{}') as Record<string, string>) : {};
    switch (`${service}:${op}`) {
      case 'sts:GetCallerIdentity':
        return xml(`<GetCallerIdentityResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><GetCallerIdentityResult><Arn>arn:aws:iam::${account.id}:user/bench</Arn><UserId>AIDABENCH</UserId><Account>${account.id}</Account></GetCallerIdentityResult></GetCallerIdentityResponse>`);
      case 'sts:AssumeRole': {
        const target = /RoleArn=arn%3Aaws%3Aiam%3A%3A(\d{12})/.exec(body)?.[1] ?? '';
        const exp = new Date(Date.now() + 3600_000).toISOString();
        return xml(`<AssumeRoleResponse xmlns="https://sts.amazonaws.com/doc/2011-06-15/"><AssumeRoleResult><Credentials><AccessKeyId>ASIA${target}</AccessKeyId><SecretAccessKey>s</SecretAccessKey><SessionToken>t</SessionToken><Expiration>${exp}</Expiration></Credentials><AssumedRoleUser><Arn>arn:aws:sts::${target}:assumed-role/PhiguardAudit/phiguard</Arn><AssumedRoleId>AROA:phiguard</AssumedRoleId></AssumedRoleUser></AssumeRoleResult></AssumeRoleResponse>`);
      }
      case 'organizations:ListAccounts':
        return json({ Accounts: estate.accounts.map((a, i) => ({ Id: a.id, Name: `account-${i}`, State: 'ACTIVE', Status: 'ACTIVE' })) });
      case 'organizations:ListTagsForResource':
        return json({ Tags: [{ Key: 'env', Value: 'prod' }] });
      case 'ec2:DescribeRegions': {
        const item = (r: string, s: string) => `<item><regionName>${r}</regionName><regionEndpoint>ec2.${r}.amazonaws.com</regionEndpoint><optInStatus>${s}</optInStatus></item>`;
        return xml(`<DescribeRegionsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>1</requestId><regionInfo>${estate.regions.map((r) => item(r, 'opt-in-not-required')).join('')}${DISABLED.map((r) => item(r, 'not-opted-in')).join('')}</regionInfo></DescribeRegionsResponse>`);
      }
      case 's3:ListBuckets': {
        const start = Number(req.query?.['continuation-token'] ?? 0);
        const max = Number(req.query?.['max-buckets'] ?? 1000);
        const page = account.buckets.slice(start, start + max);
        const next = start + max < account.buckets.length ? `<ContinuationToken>${start + max}</ContinuationToken>` : '';
        return xml(`<ListAllMyBucketsResult><Buckets>${page.map((b) => `<Bucket><Name>${b.name}</Name><CreationDate>2024-01-01T00:00:00.000Z</CreationDate><BucketRegion>${b.region}</BucketRegion></Bucket>`).join('')}</Buckets><Owner><ID>owner</ID></Owner>${next}</ListAllMyBucketsResult>`);
      }
      case 's3:GetBucketEncryption':
        return xml(`<ServerSideEncryptionConfiguration><Rule><ApplyServerSideEncryptionByDefault><SSEAlgorithm>aws:kms</SSEAlgorithm><KMSMasterKeyID>arn:aws:kms:${region}:${account.id}:key/k</KMSMasterKeyID></ApplyServerSideEncryptionByDefault><BucketKeyEnabled>true</BucketKeyEnabled></Rule></ServerSideEncryptionConfiguration>`);
      case 's3:GetBucketPolicy': {
        const name = bucketName(req);
        return { status: 200, type: 'application/json', body: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:*', Resource: `arn:aws:s3:::${name}/*`, Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }) };
      }
      case 's3:GetPublicAccessBlock':
      case 's3control:GetPublicAccessBlock':
        return xml('<PublicAccessBlockConfiguration><BlockPublicAcls>true</BlockPublicAcls><IgnorePublicAcls>true</IgnorePublicAcls><BlockPublicPolicy>true</BlockPublicPolicy><RestrictPublicBuckets>true</RestrictPublicBuckets></PublicAccessBlockConfiguration>');
      case 's3:GetBucketAcl':
        return xml('<AccessControlPolicy><Owner><ID>owner</ID></Owner><AccessControlList><Grant><Grantee xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:type="CanonicalUser"><ID>owner</ID></Grantee><Permission>FULL_CONTROL</Permission></Grant></AccessControlList></AccessControlPolicy>');
      case 's3:GetBucketOwnershipControls':
        return xml('<OwnershipControls><Rule><ObjectOwnership>BucketOwnerEnforced</ObjectOwnership></Rule></OwnershipControls>');
      case 's3:GetBucketVersioning':
        return xml('<VersioningConfiguration><Status>Enabled</Status></VersioningConfiguration>');
      case 's3:GetBucketLogging':
        return xml(`<BucketLoggingStatus><LoggingEnabled><TargetBucket>logs-${account.id}</TargetBucket><TargetPrefix>${esc(bucketName(req))}/</TargetPrefix></LoggingEnabled></BucketLoggingStatus>`);
      case 's3:GetBucketTagging':
        return xml('<Tagging><TagSet><Tag><Key>phi</Key><Value>true</Value></Tag></TagSet></Tagging>');
      case 'kms:ListKeys':
        return json(page(account.keys.get(region) ?? [], input.Marker, Number(input.Limit ?? 100), (k) => ({ KeyId: k, KeyArn: `arn:aws:kms:${region}:${account.id}:key/${k}` }), 'Keys', 'NextMarker', true));
      case 'kms:ListAliases':
        return json(page(account.keys.get(region) ?? [], input.Marker, Number(input.Limit ?? 100), (k) => ({ AliasName: `alias/${k.slice(-6)}`, TargetKeyId: k, AliasArn: `arn:aws:kms:${region}:${account.id}:alias/${k.slice(-6)}` }), 'Aliases', 'NextMarker', true));
      case 'kms:DescribeKey':
        return json({ KeyMetadata: { KeyId: input.KeyId, Arn: `arn:aws:kms:${region}:${account.id}:key/${input.KeyId}`, KeyManager: 'CUSTOMER', KeySpec: 'SYMMETRIC_DEFAULT', KeyState: 'Enabled', Origin: 'AWS_KMS', Enabled: true } });
      case 'kms:GetKeyRotationStatus':
        return json({ KeyRotationEnabled: true, RotationPeriodInDays: 365 });
      case 'kms:GetKeyPolicy':
        return json({ Policy: JSON.stringify({ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account.id}:root` }, Action: 'kms:*', Resource: '*' }] }), PolicyName: 'default' });
      case 'kms:ListResourceTags':
        return json({ Tags: [{ TagKey: 'phi', TagValue: 'true' }], Truncated: false });
      case 'cloudtrail:DescribeTrails':
        return json({
          trailList: (account.trails.get(region) ?? []).map((t) => ({
            Name: t,
            TrailARN: `arn:aws:cloudtrail:${region}:${account.id}:trail/${t}`,
            HomeRegion: region,
            S3BucketName: `trail-${account.id}`,
            IsMultiRegionTrail: true,
            LogFileValidationEnabled: true,
            KmsKeyId: `arn:aws:kms:${region}:${account.id}:key/trail`,
          })),
        });
      case 'cloudtrail:GetTrailStatus':
        return json({ IsLogging: true });
      case 'cloudtrail:GetEventSelectors':
        return json({ EventSelectors: [{ ReadWriteType: 'All', IncludeManagementEvents: true, DataResources: [{ Type: 'AWS::S3::Object', Values: ['arn:aws:s3'] }] }] });
      case 'cloudtrail:ListTags':
        return json({ ResourceTagList: [] });
      case 'logs:DescribeLogGroups':
        return json(page(account.logGroups.get(region) ?? [], input.nextToken, Number(input.limit ?? 50), (g) => ({ logGroupName: g, logGroupArn: `arn:aws:logs:${region}:${account.id}:log-group:${g}`, arn: `arn:aws:logs:${region}:${account.id}:log-group:${g}:*`, retentionInDays: 2557 }), 'logGroups', 'nextToken', false));
      case 'logs:ListTagsForResource':
        return json({ tags: { phi: 'true' } });
      default:
        return json({ __type: 'UnknownOperationException', message: `the benchmark estate does not serve ${service}:${op}` }, 400);
    }
  }

  return { handler, stats };
}

function page<T>(all: string[], marker: string | undefined, limit: number, item: (s: string) => T, key: string, tokenKey: string, truncatedFlag: boolean): Record<string, unknown> {
  const start = Number(marker ?? 0);
  const items = all.slice(start, start + limit).map(item);
  const more = start + limit < all.length;
  return { [key]: items, ...(more ? { [tokenKey]: String(start + limit) } : {}), ...(truncatedFlag ? { Truncated: more } : {}) };
}

function bucketName(req: Req): string {
  // Virtual-hosted: bucket.s3.region.amazonaws.com; path-style: /bucket.
  const host = req.hostname.split('.s3.')[0];
  return host && host !== req.hostname ? host : req.path.split('/')[1] ?? '';
}

function operationOf(service: string, req: Req, body: string): string {
  const target = req.headers['x-amz-target'];
  if (target) return target.slice(target.lastIndexOf('.') + 1);
  if (service === 'sts' || service === 'ec2') return /(?:^|&)Action=([^&]+)/.exec(body)?.[1] ?? '';
  if (service === 's3') {
    const q = Object.keys(req.query ?? {});
    const sub: Record<string, string> = {
      encryption: 'GetBucketEncryption',
      policy: 'GetBucketPolicy',
      publicAccessBlock: 'GetPublicAccessBlock',
      acl: 'GetBucketAcl',
      ownershipControls: 'GetBucketOwnershipControls',
      versioning: 'GetBucketVersioning',
      logging: 'GetBucketLogging',
      tagging: 'GetBucketTagging',
      location: 'GetBucketLocation',
    };
    for (const k of q) if (sub[k]) return sub[k]!;
    return 'ListBuckets';
  }
  if (req.path.endsWith('/publicAccessBlock')) return 'GetPublicAccessBlock';
  return req.path;
}

function throttle(service: string, stats: ServeStats): Answer {
  stats.throttled++;
  if (service === 's3') return xml('<Error><Code>SlowDown</Code><Message>Please reduce your request rate.</Message></Error>', 503);
  if (service === 'ec2') return xml('<Response><Errors><Error><Code>RequestLimitExceeded</Code><Message>Request limit exceeded.</Message></Error></Errors><RequestID>1</RequestID></Response>', 503);
  if (service === 'sts' || service === 's3control') {
    return xml('<ErrorResponse><Error><Type>Sender</Type><Code>Throttling</Code><Message>Rate exceeded</Message></Error></ErrorResponse>', 400);
  }
  return json({ __type: 'ThrottlingException', message: 'Rate exceeded' }, 400);
}
