import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-replication',
    title: 'S3 bucket replicates its objects to another bucket',
    severity: 'low',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.308(a)(7)(ii)(B)', '164.310(d)(2)(iv)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-replication'],
    rationale:
      'A bucket that exists in one place can be lost with it: a Region outage, a deleted bucket, a compromised ' +
      'account. An enabled replication rule keeps an exact, retrievable copy of the ePHI elsewhere, which the ' +
      'data backup and disaster recovery plans (164.308(a)(7)(ii)(A)/(B)) rely on.',
    remediation: {
      text: 'Add an enabled replication rule to a bucket in another Region (and ideally another account), with versioning on both buckets.',
      cli: 'aws s3api put-bucket-replication --bucket BUCKET --replication-configuration file://replication.json',
      terraform:
        'resource "aws_s3_bucket_replication_configuration" "this" {\n  bucket = aws_s3_bucket.this.id\n  role   = aws_iam_role.replication.arn\n  rule {\n    id     = "dr"\n    status = "Enabled"\n    filter {}\n    delete_marker_replication {\n      status = "Disabled"\n    }\n    destination {\n      bucket = aws_s3_bucket.replica.arn\n    }\n  }\n}',
      cloudformation:
        'ReplicationConfiguration:\n  Role: !GetAtt ReplicationRole.Arn\n  Rules:\n    - Id: dr\n      Status: Enabled\n      Destination:\n        Bucket: !GetAtt ReplicaBucket.Arn',
    },
  },
  evaluate(bucket) {
    const replication = bucket.props.replication;
    if (isUnknown(replication)) return unknownResult('replication', replication);
    if (replication === null) return fail('The bucket has no enabled replication rule.', ev('replication', null));
    return pass(`The bucket replicates to ${replication.map((d) => (isUnknown(d) ? 'a bucket not known yet' : d)).join(', ')}.`, ev('replication', replication));
  },
});
