import { GetAccountPasswordPolicyCommand, GetAccountSummaryCommand, ListVirtualMFADevicesCommand, type SummaryKeyType } from '@aws-sdk/client-iam';
import type { IamPasswordPolicy, IamRootUserProps } from '../../../model/aws/iam.js';
import { type Known, unknown } from '../../../model/unknown.js';
import { type AwsContext, known } from '../context.js';

/** The account password policy and the root user: one resource each, whatever the answers. */
export async function collectAccountSettings(ctx: AwsContext, region: string): Promise<void> {
  const [pwd, summary, virtual] = await Promise.all([
    ctx.call('iam', region, new GetAccountPasswordPolicyCommand({})),
    ctx.call('iam', region, new GetAccountSummaryCommand({})),
    ctx.list(
      'iam',
      region,
      (Marker) => new ListVirtualMFADevicesCommand({ AssignmentStatus: 'Assigned', Marker }),
      (o) => o.VirtualMFADevices,
      (o) => (o.IsTruncated ? o.Marker : undefined),
    ),
  ]);
  const arn = (what: string) => `arn:${ctx.partition}:iam::${ctx.account}:${what}`;

  ctx.add({
    provider: 'aws',
    type: 'AWS::IAM::AccountPasswordPolicy',
    id: arn('account-password-policy'),
    name: 'account password policy',
    account: ctx.account,
    region: 'global',
    tags: {},
    // NoSuchEntity: the account has never set one.
    props: {
      policy: known(
        pwd,
        (o): Known<IamPasswordPolicy | null> => {
          const p = o.PasswordPolicy;
          if (!p) return unknown('iam:GetAccountPasswordPolicy returned no policy');
          return {
            minimumLength: p.MinimumPasswordLength ?? 8,
            requireUppercase: p.RequireUppercaseCharacters ?? false,
            requireLowercase: p.RequireLowercaseCharacters ?? false,
            requireNumbers: p.RequireNumbers ?? false,
            requireSymbols: p.RequireSymbols ?? false,
            reusePrevention: p.PasswordReusePrevention ?? null,
            maxAgeDays: p.ExpirePasswords && p.MaxPasswordAge ? p.MaxPasswordAge : null,
          };
        },
        { NoSuchEntity: null, NoSuchEntityException: null },
      ),
    },
    origin: { kind: 'live', calls: [pwd.call] },
  });
  ctx.listed('AWS::IAM::AccountPasswordPolicy', 'iam', region, undefined, false);

  const rootArn = arn('root');
  const flag = (name: SummaryKeyType): Known<boolean> =>
    known(summary, (o) => {
      const v = o.SummaryMap?.[name];
      return v === undefined ? unknown(`the account summary has no ${name}`) : v > 0;
    });
  const mfaEnabled = flag('AccountMFAEnabled');
  const props: IamRootUserProps = {
    mfaEnabled,
    // The root user's virtual device is named root-account-mfa-device; any other MFA it
    // has (a hardware token, a security key) does not appear in this list.
    virtualMfa: virtual.failure
      ? unknown(virtual.failure.reason)
      : virtual.items.some((d) => d.User?.Arn === rootArn || (d.SerialNumber ?? '').endsWith(':mfa/root-account-mfa-device')),
    accessKeysPresent: flag('AccountAccessKeysPresent'),
  };
  ctx.add({
    provider: 'aws',
    type: 'AWS::IAM::RootUser',
    id: rootArn,
    name: 'root user',
    account: ctx.account,
    region: 'global',
    tags: {},
    props,
    origin: { kind: 'live', calls: [summary.call, ...virtual.calls] },
  });
  ctx.listed('AWS::IAM::RootUser', 'iam', region, undefined, false);
}
