import { allTri } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-organization-trail-exists',
    title: 'An organization trail records the account',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::Account'],
    sources: ['live'],
    covers: ['gap-aws-cloudtrail-org-trail'],
    rationale:
      'A trail an account owns can be stopped or deleted by anyone administering that account, including an ' +
      'intruder covering their tracks. An organization trail is run from the management (or delegated ' +
      'administrator) account: member accounts see it but cannot change it, so the audit record of activity ' +
      'on ePHI (164.312(b)) survives a compromised workload account.',
    remediation: {
      text: 'From the organization\'s management account (or the CloudTrail delegated administrator), create a multi-region organization trail delivering to a bucket in a log-archive account.',
      cli: 'aws cloudtrail create-trail --name org-trail --s3-bucket-name LOG_ARCHIVE_BUCKET --is-organization-trail --is-multi-region-trail --enable-log-file-validation --kms-key-id KEY_ARN\naws cloudtrail start-logging --name org-trail',
    },
  },
  evaluate(account, ctx) {
    const listing = ctx.list('AWS::CloudTrail::Trail', account);
    let open: string | undefined;
    for (const trail of listing.resources) {
      const ok = allTri([trail.props.isOrganizationTrail, trail.props.isLogging]);
      if (ok === true) return pass(`Organization trail ${trail.name} records this account and is logging.`, ev('trail', trail.id));
      if (isUnknown(ok)) open ??= `trail ${trail.name}: ${ok.$unknown}`;
    }
    const evidence = [
      ev('trails', listing.resources.map((t) => ({ name: t.name, isOrganizationTrail: t.props.isOrganizationTrail, isLogging: t.props.isLogging }))),
    ];
    if (open) return notAssessed(open, ...evidence);
    if (!listing.complete) return notAssessed(`no logging organization trail was seen, and the trail list is incomplete: ${listing.reason}`, ...evidence);
    return fail('No logging organization trail records this account; its trails can be stopped from inside it.', ...evidence);
  },
});
