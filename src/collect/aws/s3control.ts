import { GetPublicAccessBlockCommand } from '@aws-sdk/client-s3-control';
import { known, type ServiceCollector } from './context.js';
import { PUBLIC_ACCESS_BLOCK_ABSENT, publicAccessBlockFrom } from './s3-props.js';

/**
 * The account-wide S3 Block Public Access setting. It has no ARN; the id below is
 * ARN-shaped (account in the account field, no region) so it cannot be mistaken for a
 * bucket ARN (`arn:aws:s3:::name`), and `refs` carries the account id so a bucket rule can
 * find its account's setting with `ctx.lookup(type, bucket.account)`.
 */
const permissions = {
  // Same operation name as the bucket-level call, different IAM action.
  's3control:GetPublicAccessBlock': 's3:GetAccountPublicAccessBlock',
};

export const s3ControlCollector: ServiceCollector = {
  service: 's3control',
  types: ['AWS::S3::AccountPublicAccessBlock'],
  permissions,
  async collect(ctx) {
    const region = ctx.homeRegion;
    const res = await ctx.call('s3control', region, new GetPublicAccessBlockCommand({ AccountId: ctx.account }));
    // There is exactly one such setting per account, so the "listing" is complete even when
    // its value could not be read; the value then carries the reason.
    ctx.listed('AWS::S3::AccountPublicAccessBlock', 's3control', region, undefined, false);
    ctx.add({
      provider: 'aws',
      type: 'AWS::S3::AccountPublicAccessBlock',
      id: `arn:${ctx.partition}:s3::${ctx.account}:account-public-access-block`,
      name: 's3-account-public-access-block',
      account: ctx.account,
      // Account-wide: it holds in every region.
      region: 'global',
      tags: {},
      props: {
        config: known(res, (out) => publicAccessBlockFrom(out.PublicAccessBlockConfiguration), PUBLIC_ACCESS_BLOCK_ABSENT),
      },
      origin: { kind: 'live', calls: [res.call] },
      refs: [ctx.account],
    });
  },
};
