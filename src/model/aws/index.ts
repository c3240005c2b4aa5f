import type { AwsAccountProps } from './account.js';
import type { AppPropsByType } from './app.js';
import type { DatabasePropsByType } from './database.js';
import type { Ec2PropsByType } from './ec2.js';
import type { EdgePropsByType } from './edge.js';
import type { IamPropsByType } from './iam.js';
import type { OpsPropsByType } from './ops.js';
import type { CloudTrailTrailProps } from './cloudtrail.js';
import type { KmsKeyProps } from './kms.js';
import type { LogsLogGroupProps } from './logs.js';
import type { S3AccountPublicAccessBlockProps, S3BucketProps } from './s3.js';
import type { SsmPropsByType } from './ssm.js';
import type { TaggedResourceProps } from './tagging.js';

export type * from './account.js';
export type * from './app.js';
export type * from './database.js';
export type * from './ec2.js';
export type * from './edge.js';
export type * from './iam.js';
export type * from './ops.js';
export type * from './cloudtrail.js';
export type * from './kms.js';
export type * from './logs.js';
export type * from './policy.js';
export type * from './s3.js';
export type * from './ssm.js';
export type * from './tagging.js';

/**
 * AWS resource types by their CloudFormation names; account-level settings are resources
 * too. Each service family declares its own types in its model file.
 */
export interface AwsPropsByType
  extends CorePropsByType,
    IamPropsByType,
    Ec2PropsByType,
    DatabasePropsByType,
    EdgePropsByType,
    AppPropsByType,
    OpsPropsByType {}

/** The types the foundation modelled: the account, S3, KMS, CloudTrail and CloudWatch Logs. */
export interface CorePropsByType extends SsmPropsByType {
  'AWS::Account': AwsAccountProps;
  'AWS::S3::Bucket': S3BucketProps;
  'AWS::S3::AccountPublicAccessBlock': S3AccountPublicAccessBlockProps;
  'AWS::KMS::Key': KmsKeyProps;
  'AWS::CloudTrail::Trail': CloudTrailTrailProps;
  'AWS::Logs::LogGroup': LogsLogGroupProps;
  'AWS::ResourceGroupsTaggingAPI::Resource': TaggedResourceProps;
}
