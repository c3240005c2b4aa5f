import { grantsEveryone } from '../../../analysis/iam-policy.js';
import { type BlockSetting, effectiveBlockSetting } from '../../../analysis/s3-bucket.js';
import { sourceKindOf } from '../../../model/origin.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';
import type { Evidence, RuleContext } from '../../types.js';

type Verdict = { state: 'public' | 'neutralised' | 'unknown'; text: string };

/** A grant to everyone is harmless when the Block Public Access setting that voids it is in force. */
function judge(
  bucket: Resource<'AWS::S3::Bucket'>,
  ctx: Pick<RuleContext, 'list'>,
  grant: true | Unknown,
  what: string,
  setting: BlockSetting,
  evidence: Evidence[],
): Verdict {
  const s = effectiveBlockSetting(bucket, ctx, setting);
  evidence.push(ev(`effective.${setting}`, s.state === 'on' ? `on (${s.where})` : s.state));
  if (s.state === 'on') return { state: 'neutralised', text: `${what}, but ${setting} at the ${s.where} voids it` };
  if (isUnknown(grant)) return { state: 'unknown', text: `whether ${what} is unknown: ${grant.$unknown}` };
  if (s.state === 'off') return { state: 'public', text: `${what} and ${setting} is off` };
  // A template that declares a grant to everyone means it, even if an account-wide block it
  // does not describe might void it later: that is a failure of the template, not a blank.
  const pab = bucket.props.publicAccessBlock;
  const bucketLevelKnown = !isUnknown(pab) && (pab === null || !isUnknown(pab[setting]));
  if (sourceKindOf(bucket.origin) !== 'live' && bucketLevelKnown) {
    return { state: 'public', text: `${what} and the template leaves ${setting} off (only an account-wide block outside the scanned files could void it)` };
  }
  return { state: 'unknown', text: `${what}; whether ${setting} voids it cannot be settled: ${s.reason}` };
}

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-not-public',
    title: 'S3 bucket grants no access to everyone',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(i)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['s3-bucket-not-publicly-accessible', 's3-bucket-no-public-read', 's3-bucket-no-public-write'],
    rationale:
      'An ACL grant to AllUsers or AuthenticatedUsers, or a policy that allows Principal "*" without a condition ' +
      'pinning callers to an account, organization, network or endpoint, lets anyone on the internet read or ' +
      'write the objects. For a bucket of ePHI that is a reportable breach; access control (164.312(a)(1)) allows ' +
      'access only to those granted it.',
    remediation: {
      text: 'Remove ACL grants to everyone and policy statements that allow Principal "*" without a restricting condition (aws:PrincipalOrgID, aws:SourceVpce, aws:SourceIp…), and turn on Block Public Access.',
      cli: 'aws s3api put-bucket-acl --bucket BUCKET --acl private\naws s3api put-public-access-block --bucket BUCKET --public-access-block-configuration BlockPublicAcls=true,IgnorePublicAcls=true,BlockPublicPolicy=true,RestrictPublicBuckets=true',
      terraform:
        'resource "aws_s3_bucket_ownership_controls" "this" {\n  bucket = aws_s3_bucket.this.id\n  rule {\n    object_ownership = "BucketOwnerEnforced"\n  }\n}\n\nresource "aws_s3_bucket_public_access_block" "this" {\n  bucket                  = aws_s3_bucket.this.id\n  block_public_acls       = true\n  ignore_public_acls      = true\n  block_public_policy     = true\n  restrict_public_buckets = true\n}',
      cloudformation:
        'OwnershipControls:\n  Rules:\n    - ObjectOwnership: BucketOwnerEnforced\nPublicAccessBlockConfiguration:\n  BlockPublicAcls: true\n  IgnorePublicAcls: true\n  BlockPublicPolicy: true\n  RestrictPublicBuckets: true',
    },
  },
  evaluate(bucket, ctx) {
    const { aclPublicGrants: acl, policy } = bucket.props;
    const evidence: Evidence[] = [ev('aclPublicGrants', acl)];
    const verdicts: Verdict[] = [];

    if (isUnknown(acl) || acl.length > 0) {
      const what = isUnknown(acl) ? 'the ACL grants access to everyone' : `the ACL grants ${acl.join(', ')} to everyone`;
      verdicts.push(judge(bucket, ctx, isUnknown(acl) ? acl : true, what, 'ignorePublicAcls', evidence));
    }

    if (isUnknown(policy)) {
      verdicts.push(judge(bucket, ctx, policy, 'the bucket policy allows everyone', 'restrictPublicBuckets', evidence));
    } else if (policy !== null) {
      evidence.push(ev('policy.statements', policy.statements));
      const grants = policy.statements.map(grantsEveryone);
      const idx = grants.indexOf(true);
      const open = grants.find((g): g is Unknown => isUnknown(g));
      const st = idx >= 0 ? policy.statements[idx] : undefined;
      // BlockPublicPolicy only refuses new policies; it leaves one already in place working.
      if (st) {
        const what = `the bucket policy (statement ${st.sid ? `"${st.sid}"` : idx + 1}) allows everyone`;
        verdicts.push(judge(bucket, ctx, true, what, 'restrictPublicBuckets', evidence));
      } else if (open) {
        verdicts.push(judge(bucket, ctx, open, 'the bucket policy allows everyone', 'restrictPublicBuckets', evidence));
      }
    }

    const exposed = verdicts.find((v) => v.state === 'public');
    if (exposed) return fail(`The bucket is public: ${exposed.text}.`, ...evidence);
    const open = verdicts.find((v) => v.state === 'unknown');
    if (open) return notAssessed(open.text, ...evidence);
    const voided = verdicts.filter((v) => v.state === 'neutralised').map((v) => v.text);
    if (voided.length > 0) return pass(`The bucket is not public: ${voided.join('; ')}.`, ...evidence);
    return pass('Neither the ACL nor the bucket policy grants access to everyone.', ...evidence);
  },
});
