import type { AwsAccountProps } from './account.js';
import type { CloudTrailTrailProps } from './cloudtrail.js';
import type { KmsKeyProps } from './kms.js';
import type { LogsLogGroupProps } from './logs.js';
import type { S3AccountPublicAccessBlockProps, S3BucketProps } from './s3.js';

export type * from './account.js';
export type * from './cloudtrail.js';
export type * from './kms.js';
export type * from './logs.js';
export type * from './policy.js';
export type * from './s3.js';

/** AWS resource types by their CloudFormation names; account-level settings are resources too. */
export interface AwsPropsByType {
  'AWS::Account': AwsAccountProps;
  'AWS::S3::Bucket': S3BucketProps;
  'AWS::S3::AccountPublicAccessBlock': S3AccountPublicAccessBlockProps;
  'AWS::KMS::Key': KmsKeyProps;
  'AWS::CloudTrail::Trail': CloudTrailTrailProps;
  'AWS::Logs::LogGroup': LogsLogGroupProps;
}
