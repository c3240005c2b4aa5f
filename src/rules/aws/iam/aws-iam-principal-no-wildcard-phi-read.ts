import { describeGrant, grantEvidence, phiAccess } from '../../../analysis/iam-phi-access.js';
import type { IamPrincipal } from '../../../analysis/iam-principal.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-iam-principal-no-wildcard-phi-read',
    title: 'IAM principal reads PHI stores only where its policies name them',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-iam-no-star-on-phi', 'gap-any-over-broad-reader'],
    rationale:
      'A PHI bucket can be private, encrypted and logged and still be read by every role whose policy says ' +
      's3:GetObject on "*" or kms:Decrypt on "*". Such grants were rarely meant for PHI; they reach it because ' +
      'nothing excludes it. Access to ePHI should be granted to the store by name (164.308(a)(4)(ii)(B)), so ' +
      'that who can read it is a deliberate list (164.312(a)(1)).',
    remediation: {
      text: 'Replace wildcard resources in the statement with the ARNs of the non-PHI resources it is for, or add an explicit Deny of the read actions on the PHI stores; grant PHI reads in a separate statement naming the store.',
      cli: 'aws iam put-role-policy --role-name ROLE --policy-name scoped-read --policy-document file://scoped-read.json\naws iam detach-role-policy --role-name ROLE --policy-arn BROAD_POLICY_ARN',
      terraform: 'statement {\n  actions   = ["s3:GetObject"]\n  resources = ["${aws_s3_bucket.reports.arn}/*"]  # not "*"\n}',
      cloudformation: '- Effect: Allow\n  Action: s3:GetObject\n  Resource: !Sub "${ReportsBucket.Arn}/*"  # not "*"',
    },
  },
  evaluate(r, ctx) {
    const a = phiAccess(r as IamPrincipal, ctx);
    const broad = a.grants.filter((g) => g.broad);
    const counts = ev('phiStoresChecked', a.targets);
    if (broad.length > 0) {
      return fail(`It can read PHI through a wildcard: ${broad.map(describeGrant).join('; ')}.`, ...grantEvidence(broad), counts);
    }
    if (a.unknowns.length > 0) return notAssessed(a.unknowns[0]!, ev('unknown', a.unknowns), counts);
    if (a.incomplete) return notAssessed(`PHI stores may exist that were not seen: ${a.incomplete}`, counts);
    const named = a.grants.length;
    return pass(
      named > 0 ? `It reads PHI only where its policies name the store (${named} grant${named === 1 ? '' : 's'}).` : 'No identity policy lets it read a PHI store.',
      ...grantEvidence(a.grants),
      counts,
    );
  },
});
