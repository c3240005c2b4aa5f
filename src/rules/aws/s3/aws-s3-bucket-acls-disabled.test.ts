import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-s3-bucket-acls-disabled.js';

const bucket = (objectOwnership: unknown, aclGrantsBeyondOwner: unknown) =>
  resource('AWS::S3::Bucket', { objectOwnership: objectOwnership as string, aclGrantsBeyondOwner: aclGrantsBeyondOwner as string[] });

ruleTester(rule, {
  pass: [
    { name: 'BucketOwnerEnforced', resource: bucket('BucketOwnerEnforced', []), message: /disabled/ },
    { name: 'an old bucket whose ACL grants only the owner', resource: bucket(null, []), message: /nothing beyond the bucket owner/ },
    { name: 'ownership unreadable, but the ACL grants only the owner', resource: bucket(unknown('AccessDenied on s3:GetBucketOwnershipControls'), []) },
  ],
  fail: [
    { name: 'log delivery granted through the ACL', resource: bucket('ObjectWriter', ['LogDelivery:READ_ACP', 'LogDelivery:WRITE']), message: /LogDelivery:WRITE/ },
    {
      name: 'a template that declares a public-read ACL',
      resource: resource('AWS::S3::Bucket', { objectOwnership: 'BucketOwnerPreferred', aclGrantsBeyondOwner: ['AllUsers:READ'] }, { origin: iacOrigin('Site') }),
    },
  ],
  not_assessed: [{ name: 'the ACL could not be read', resource: bucket(null, unknown('AccessDenied on s3:GetBucketAcl')), message: /GetBucketAcl/ }],
});
