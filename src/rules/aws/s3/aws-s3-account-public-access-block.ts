import { BLOCK_SETTINGS } from '../../../analysis/s3-bucket.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-s3-account-public-access-block',
    title: 'S3 Block Public Access is fully on for the account',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(i)'],
    resourceTypes: ['AWS::S3::AccountPublicAccessBlock'],
    sources: ['live', 'terraform'],
    covers: ['s3-account-public-access-block'],
    rationale:
      'The account-wide setting covers every bucket, including ones created tomorrow by someone who forgets the ' +
      'bucket-level block. With all four settings on, no ACL or bucket policy can open ePHI to the public, which ' +
      'keeps access limited to those granted it (164.312(a)(1)).',
    remediation: {
      text: 'Turn on all four Block Public Access settings for the account; buckets that must be public belong in a separate account without PHI.',
      cli: 'aws s3control put-public-access-block --account-id ACCOUNT_ID --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform:
        'resource "aws_s3_account_public_access_block" "this" {\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
    },
  },
  evaluate(account) {
    const config = account.props.config;
    if (isUnknown(config)) return unknownResult('config', config);
    if (config === null) return fail('The account has no S3 Block Public Access configuration.', ev('config', null));
    const evidence = BLOCK_SETTINGS.map((s) => ev(`config.${s}`, config[s]));
    const off = BLOCK_SETTINGS.filter((s) => config[s] === false);
    if (off.length > 0) return fail(`Account-wide Block Public Access is off for ${off.join(', ')}.`, ...evidence);
    const open = BLOCK_SETTINGS.find((s) => isUnknown(config[s]));
    if (open) {
      const v = config[open];
      return notAssessed(`config.${open} is unknown: ${isUnknown(v) ? v.$unknown : ''}`, ...evidence);
    }
    return pass('All four Block Public Access settings are on for the account.', ...evidence);
  },
});
