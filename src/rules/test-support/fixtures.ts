import type { Origin } from '../../model/origin.js';
import type { CorePropsByType } from '../../model/aws/index.js';
import type { PropsByType, Resource, ResourceType } from '../../model/resource.js';
import type { Known } from '../../model/unknown.js';
import { APP_GOOD } from './good/app.js';
import { AZURE_GOOD } from './good/azure.js';
import type { GoodDefaults } from './good/types.js';
import { DATABASE_GOOD } from './good/database.js';
import { EC2_GOOD } from './good/ec2.js';
import { EDGE_GOOD } from './good/edge.js';
import { IAM_GOOD } from './good/iam.js';
import { OPS_GOOD } from './good/ops.js';

export const ACCOUNT = '111122223333';
export const REGION = 'us-east-1';
export const SUBSCRIPTION = '00000000-0000-0000-0000-000000000001';

const CORE_GOOD: GoodDefaults<CorePropsByType> = {
  'AWS::Account': () => ({ accountId: ACCOUNT, regions: [REGION] }),
  'AWS::S3::Bucket': () => ({
    bucketName: 'phi-records',
    encryption: {
      algorithm: 'aws:kms',
      kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000001`,
      bucketKeyEnabled: true,
      source: 'declared',
    },
    policy: null,
    publicAccessBlock: {
      blockPublicAcls: true,
      ignorePublicAcls: true,
      blockPublicPolicy: true,
      restrictPublicBuckets: true,
    },
    aclPublicGrants: [],
    versioning: 'Enabled',
    logging: { targetBucket: 'access-logs', targetPrefix: 'phi-records/' },
    objectOwnership: 'BucketOwnerEnforced',
    aclGrantsBeyondOwner: [],
    objectLock: { defaultRetention: { mode: 'GOVERNANCE', days: 2192, years: null } },
    replication: ['arn:aws:s3:::phi-records-replica'],
    eventNotifications: ['EventBridge'],
    lifecycleRules: [
      {
        id: 'noncurrent-to-glacier',
        enabled: true,
        prefix: '',
        tagFilter: false,
        expirationDays: null,
        expirationDate: null,
        noncurrentExpirationDays: 2192,
      },
    ],
  }),
  'AWS::S3::AccountPublicAccessBlock': () => ({
    config: { blockPublicAcls: true, ignorePublicAcls: true, blockPublicPolicy: true, restrictPublicBuckets: true },
  }),
  'AWS::KMS::Key': () => ({
    keyManager: 'CUSTOMER',
    keySpec: 'SYMMETRIC_DEFAULT',
    keyState: 'Enabled',
    keyOrigin: 'AWS_KMS',
    rotationEnabled: true,
    rotationPeriodDays: 365,
    aliases: ['alias/phi-data'],
    policy: null,
  }),
  'AWS::CloudTrail::Trail': () => ({
    trailName: 'org-trail',
    isMultiRegion: true,
    isOrganizationTrail: false,
    isLogging: true,
    logFileValidation: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000002`,
    cloudWatchLogsLogGroupArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:cloudtrail:*`,
    s3BucketName: 'audit-trail',
    s3KeyPrefix: null,
    homeRegion: REGION,
    s3DataEvents: [{ readWrite: 'All', resources: ['arn:aws:s3'], excluded: [] }],
    eventSelectors: [
      { category: 'Management', readWrite: 'All', resourceTypes: [], eventSources: [], excludedEventSources: [], narrowed: false },
      { category: 'Data', readWrite: 'All', resourceTypes: ['AWS::S3::Object'], eventSources: [], excludedEventSources: [], narrowed: false },
    ],
  }),
  'AWS::Logs::LogGroup': () => ({
    logGroupName: '/phi/app',
    retentionInDays: 2192,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000003`,
  }),
  'AWS::SSM::ManagedInstanceCompliance': () => ({
    instanceId: 'i-0a1b2c3d4e5f60001',
    association: { status: 'COMPLIANT', nonCompliantCount: 0, overallSeverity: 'UNSPECIFIED', executionTime: '2026-11-20T03:00:00.000Z' },
    patch: { status: 'COMPLIANT', nonCompliantCount: 0, overallSeverity: 'UNSPECIFIED', executionTime: '2026-11-20T03:00:00.000Z' },
  }),
  'AWS::SSM::Document': () => ({ documentName: 'phi-backup-runbook', documentType: 'Automation', sharedWith: [] }),
  'AWS::SSM::SessionManagerPreferences': () => ({
    configured: true,
    s3BucketName: 'session-audit-logs',
    s3EncryptionEnabled: true,
    cloudWatchLogGroupName: '/ssm/sessions',
    cloudWatchEncryptionEnabled: true,
    kmsKeyId: `arn:aws:kms:${REGION}:${ACCOUNT}:key/0b1c2d3e-aaaa-bbbb-cccc-000000000004`,
  }),
  'AWS::ResourceGroupsTaggingAPI::Resource': () => ({
    arn: `arn:aws:rds:${REGION}:${ACCOUNT}:db:phi-records`,
    service: 'rds',
    resourceType: 'db',
    cloudFormationType: null,
  }),
};

const GOOD_DEFAULTS: { [T in ResourceType]: () => PropsByType[T] } = {
  ...CORE_GOOD,
  ...IAM_GOOD,
  ...EC2_GOOD,
  ...DATABASE_GOOD,
  ...EDGE_GOOD,
  ...APP_GOOD,
  ...OPS_GOOD,
  ...AZURE_GOOD,
};

/** The known-good props of a type: tests change only what their case is about. */
export function goodProps<T extends ResourceType>(type: T): PropsByType[T] {
  return GOOD_DEFAULTS[type]() as PropsByType[T];
}

export interface FixtureOptions {
  id?: string;
  name?: string;
  tags?: Known<Record<string, string>>;
  account?: Known<string>;
  region?: Known<string>;
  origin?: Origin;
  refs?: string[];
}

/** A live resource of `type` with good props overlaid by `props`. */
export function resource<T extends ResourceType>(
  type: T,
  props: Partial<PropsByType[T]> = {},
  opts: FixtureOptions = {},
): Resource<T> {
  const name = opts.name ?? `${type.split(/::|\//).pop()!.toLowerCase()}-1`;
  return {
    provider: type.startsWith('Microsoft.') ? 'azure' : 'aws',
    type,
    id: opts.id ?? (type.startsWith('Microsoft.') ? `/subscriptions/${SUBSCRIPTION}/resourceGroups/phi/providers/${type}/${name}` : `arn:aws:${type.split('::')[1]!.toLowerCase()}:${REGION}:${ACCOUNT}:${name}`),
    name,
    account: opts.account ?? ACCOUNT,
    region: opts.region ?? REGION,
    tags: opts.tags ?? {},
    props: { ...goodProps(type), ...props },
    origin: opts.origin ?? { kind: 'live', calls: ['test:Fixture'] },
    ...(opts.refs ? { refs: opts.refs } : {}),
  };
}

/** The same, as if declared in a CloudFormation template. */
export function iacOrigin(address = 'Resource', file = 'template.yaml'): Origin {
  return { kind: 'iac', format: 'cloudformation', file, line: 1, address };
}

/** The same, as if declared in an ARM template. */
export function armOrigin(address = 'Microsoft.Storage/storageAccounts/phirecords', file = 'main.json'): Origin {
  return { kind: 'iac', format: 'arm', file, line: 1, address };
}
