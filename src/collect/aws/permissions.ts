import type { ResourceType } from '../../model/resource.js';
import { APP_COLLECTORS } from './app/index.js';
import { cloudTrailCollector } from './cloudtrail.js';
import { DATABASE_COLLECTORS } from './database/index.js';
import { EC2_COLLECTORS } from './ec2/index.js';
import { EDGE_COLLECTORS } from './edge/index.js';
import { IAM_COLLECTORS } from './iam/index.js';
import type { ServiceCollector } from './context.js';
import { kmsCollector } from './kms.js';
import { logsCollector } from './logs.js';
import { OPS_COLLECTORS } from './ops/index.js';
import { s3Collector } from './s3.js';
import { s3ControlCollector } from './s3control.js';
import { scopePermissions } from './scope.js';
import { ssmCollector } from './ssm.js';
import { taggingCollector } from './tagging.js';

/** Every live AWS collector, in the order their results are reported. */
export const COLLECTORS: readonly ServiceCollector[] = [
  s3Collector,
  s3ControlCollector,
  kmsCollector,
  cloudTrailCollector,
  logsCollector,
  taggingCollector,
  ssmCollector,
  ...IAM_COLLECTORS,
  ...EC2_COLLECTORS,
  ...DATABASE_COLLECTORS,
  ...EDGE_COLLECTORS,
  ...APP_COLLECTORS,
  ...OPS_COLLECTORS,
];

/** The resource types a live AWS scan produces, the account itself first. */
export const AWS_LIVE_TYPES: readonly ResourceType[] = ['AWS::Account', ...COLLECTORS.flatMap((c) => c.types)];

/** `service:Operation` → IAM action, for every operation phiguard may call. */
export const OPERATION_ACTIONS: ReadonlyMap<string, string> = new Map(
  [scopePermissions, ...COLLECTORS.map((c) => c.permissions)].flatMap((p) => Object.entries(p)),
);

/** The IAM actions a live AWS scan needs, sorted and unique, generated from the collectors' declarations. */
export const AWS_PERMISSIONS: string[] = [...new Set(OPERATION_ACTIONS.values())].sort();

/** An IAM policy document granting exactly what a scan needs, for `phiguard permissions aws`. */
export function awsReadOnlyPolicy(): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'PhiguardReadOnlyScan',
        Effect: 'Allow',
        Action: [...AWS_PERMISSIONS],
        // List and Describe actions do not support resource-level permissions, and the scan
        // reads every bucket, key, trail and log group it can list.
        Resource: '*',
      },
    ],
  };
}
