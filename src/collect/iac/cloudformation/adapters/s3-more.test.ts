import { describe, expect, it } from 'vitest';
import type { Resource } from '../../../../model/resource.js';
import { parseCloudFormation } from '../index.js';

type Bucket = Resource<'AWS::S3::Bucket'>;

const one = (props: string): Bucket => {
  const result = parseCloudFormation('tpl.yaml', `Parameters:\n  P: {Type: String}\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties:\n${props}\n`);
  expect(result.problems).toEqual([]);
  return result.resources.find((r) => r.type === 'AWS::S3::Bucket') as Bucket;
};

describe('AWS::S3::Bucket protection settings', () => {
  it('reads ownership, Object Lock, replication, notifications and lifecycle', () => {
    const b = one(`      OwnershipControls: {Rules: [{ObjectOwnership: ObjectWriter}]}
      AccessControl: LogDeliveryWrite
      ObjectLockEnabled: true
      ObjectLockConfiguration: {ObjectLockEnabled: Enabled, Rule: {DefaultRetention: {Mode: COMPLIANCE, Years: 6}}}
      ReplicationConfiguration:
        Role: arn:aws:iam::111122223333:role/r
        Rules:
          - {Status: Enabled, Destination: {Bucket: arn:aws:s3:::dr}}
          - {Status: Disabled, Destination: {Bucket: arn:aws:s3:::old}}
      NotificationConfiguration:
        QueueConfigurations: [{Event: "s3:ObjectCreated:*", Queue: arn:aws:sqs:us-east-1:111122223333:q}]
        EventBridgeConfiguration: {}
      LifecycleConfiguration:
        Rules:
          - {Id: tmp, Status: Enabled, Prefix: tmp/, ExpirationInDays: 7}
          - {Status: Disabled, TagFilters: [{Key: k, Value: v}], ExpirationDate: "2030-01-01T00:00:00.000Z", NoncurrentVersionExpiration: {NoncurrentDays: 30}}`);
    expect(b.props).toMatchObject({
      objectOwnership: 'ObjectWriter',
      aclGrantsBeyondOwner: ['LogDelivery:READ_ACP', 'LogDelivery:WRITE'],
      objectLock: { defaultRetention: { mode: 'COMPLIANCE', days: null, years: 6 } },
      replication: ['arn:aws:s3:::dr'],
      eventNotifications: ['arn:aws:sqs:us-east-1:111122223333:q', 'EventBridge'],
      lifecycleRules: [
        { id: 'tmp', enabled: true, prefix: 'tmp/', tagFilter: false, expirationDays: 7, expirationDate: null, noncurrentExpirationDays: null },
        { id: null, enabled: false, prefix: '', tagFilter: true, expirationDays: null, expirationDate: '2030-01-01T00:00:00.000Z', noncurrentExpirationDays: 30 },
      ],
    });
  });

  it('drops ACL grants only when the template itself disables ACLs', () => {
    expect(one('      AccessControl: PublicRead\n      OwnershipControls: {Rules: [{ObjectOwnership: BucketOwnerEnforced}]}').props.aclGrantsBeyondOwner).toEqual([]);
    // No ownership declared: S3's default would refuse the ACL, and the template still means it.
    expect(one('      AccessControl: PublicRead').props).toMatchObject({ objectOwnership: 'BucketOwnerEnforced', aclGrantsBeyondOwner: ['AllUsers:READ'] });
  });

  it('keeps what a parameter leaves open unknown', () => {
    const b = one(`      ObjectLockEnabled: !Ref P
      LifecycleConfiguration: {Rules: [{Status: Enabled, ExpirationInDays: !Ref P}]}
      ReplicationConfiguration: {Role: r, Rules: [{Status: !Ref P, Destination: {Bucket: arn:aws:s3:::dr}}]}`);
    expect(b.props.objectLock).toEqual({ $unknown: 'parameter P has no value' });
    expect(b.props.replication).toEqual({ $unknown: 'parameter P has no value' });
    expect(b.props.lifecycleRules).toMatchObject([{ expirationDays: { $unknown: 'parameter P has no value' } }]);
  });
});
