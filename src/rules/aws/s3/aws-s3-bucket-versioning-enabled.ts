import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-versioning-enabled',
    title: 'S3 bucket keeps object versions',
    severity: 'medium',
    hipaa: ['164.308(a)(7)(ii)(A)', '164.312(c)(1)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-versioning'],
    rationale:
      'Without versioning an overwrite or delete, by mistake, by a faulty job or by ransomware, destroys the only ' +
      'copy of a record. Keeping prior versions gives a retrievable exact copy (data backup plan, ' +
      '164.308(a)(7)(ii)(A)) and protects ePHI from improper alteration or destruction (164.312(c)(1)).',
    remediation: {
      text: 'Enable versioning on the bucket, with a lifecycle rule that expires noncurrent versions after the retention period you need.',
      cli: 'aws s3api put-bucket-versioning --bucket BUCKET --versioning-configuration Status=Enabled',
      terraform:
        'resource "aws_s3_bucket_versioning" "this" {\n  bucket = aws_s3_bucket.this.id\n  versioning_configuration {\n    status = "Enabled"\n  }\n}',
      cloudformation: 'VersioningConfiguration:\n  Status: Enabled',
    },
  },
  evaluate(bucket) {
    const v = bucket.props.versioning;
    if (isUnknown(v)) return unknownResult('versioning', v);
    const seen = ev('versioning', v);
    if (v === 'Enabled') return pass('Versioning is enabled.', seen);
    if (v === 'Suspended') return fail('Versioning is suspended: new writes replace objects without keeping the old version.', seen);
    return fail('Versioning has never been enabled on the bucket.', seen);
  },
});
