import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-acls-disabled',
    title: 'S3 bucket controls access with policies, not ACLs',
    severity: 'low',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-acls-disabled'],
    rationale:
      'ACL grants sit outside IAM and bucket policies: they are easy to miss in an access review, and objects ' +
      'uploaded by another account stay owned by that account. With Object Ownership set to BucketOwnerEnforced ' +
      'S3 ignores ACLs, so who can reach ePHI is decided in one reviewable place (164.312(a)(1)).',
    remediation: {
      text: 'Move any access the ACL grants into the bucket policy (S3 server access logging works through the policy too), then set Object Ownership to BucketOwnerEnforced.',
      cli: 'aws s3api put-bucket-ownership-controls --bucket BUCKET --ownership-controls \'Rules=[{ObjectOwnership=BucketOwnerEnforced}]\'',
      terraform:
        'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}',
      cloudformation: 'OwnershipControls:\n  Rules:\n    - ObjectOwnership: BucketOwnerEnforced',
    },
  },
  evaluate(bucket) {
    const { objectOwnership: ownership, aclGrantsBeyondOwner: grants } = bucket.props;
    if (isUnknown(grants)) return unknownResult('aclGrantsBeyondOwner', grants);
    const evidence = [ev('objectOwnership', ownership), ev('aclGrantsBeyondOwner', grants)];
    if (grants.length > 0) return fail(`The bucket ACL grants ${grants.join(', ')} beyond the bucket owner.`, ...evidence);
    if (ownership === 'BucketOwnerEnforced') return pass('ACLs are disabled (BucketOwnerEnforced).', ...evidence);
    // Grants are known to be empty: no ACL gives anyone but the owner anything.
    return pass('The bucket ACL grants nothing beyond the bucket owner.', ...evidence);
  },
});
