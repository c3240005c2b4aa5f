import { allTri, anyTri, conditionEntries, type ConditionEntry, deniesEveryone, type Tri } from '../../../analysis/iam-policy.js';
import { bucketObjectPatterns } from '../../../analysis/s3-bucket.js';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

const ACTIONS = ['s3:GetObject', 's3:PutObject'];

/** Negated network conditions: true for a request from anywhere but the named endpoints, VPCs or ranges. */
const NETWORK: Record<string, RegExp> = {
  'aws:sourcevpce': /^StringNotEquals(IgnoreCase)?$|^StringNotLike$/,
  'aws:sourcevpc': /^StringNotEquals(IgnoreCase)?$|^StringNotLike$/,
  'aws:sourceip': /^NotIpAddress$/,
};

/** Exemptions teams write into such a Deny (a break-glass role, AWS services acting for a caller). */
function isExemption(c: ConditionEntry): boolean {
  if (c.key === 'aws:principalarn') return /^(ArnNot(Equals|Like)|StringNot(Equals|Like))$/.test(c.base);
  if (c.key === 'aws:viaawsservice') return c.base === 'Bool' && c.values.every((v) => typeof v === 'string' && v.toLowerCase() === 'false');
  return false;
}

function fixed(c: ConditionEntry): Tri {
  return allTri(c.values.map((v) => (isUnknown(v) ? v : v.length > 0 && !/[*?]|\$\{/.test(v) && !/\/0$/.test(v.trim()))));
}

/** The Deny's conditions pin the network, and nothing else narrows it but named exemptions. */
function networkOnly(st: PolicyStatement): Tri {
  const entries = conditionEntries(st);
  const network = entries.filter((c) => !c.qualifier && NETWORK[c.key]?.test(c.base));
  if (network.length === 0 || entries.some((c) => !network.includes(c) && !isExemption(c))) return false;
  return allTri(network.map(fixed));
}

export default defineRule({
  meta: {
    id: 'aws-s3-bucket-phi-network-restricted',
    title: 'PHI bucket policy refuses object access from outside the approved networks',
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.312(e)(1)'],
    resourceTypes: ['AWS::S3::Bucket'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-s3-phi-network-restricted'],
    rationale:
      'Stolen access keys work from any laptop on the internet. A PHI bucket whose policy denies object reads and ' +
      'writes unless they arrive through the VPC endpoint (aws:SourceVpce), the VPC (aws:SourceVpc) or known ' +
      'address ranges (aws:SourceIp) makes leaked credentials useless outside those networks (164.312(a)(1), (e)(1)).',
    remediation: {
      text: 'Add a bucket policy statement that denies s3:GetObject and s3:PutObject (or s3:*) on the bucket\'s objects to everyone unless aws:SourceVpce is the workload\'s gateway endpoint (optionally exempting a break-glass role by aws:PrincipalArn).',
      cli: 'aws s3api put-bucket-policy --bucket BUCKET --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyOutsideVpce","Effect":"Deny","Principal":"*","Action":"s3:*","Resource":["arn:aws:s3:::BUCKET","arn:aws:s3:::BUCKET/*"],"Condition":{"StringNotEquals":{"aws:SourceVpce":"vpce-0123456789abcdef0"}}}]}\'',
      terraform:
        'statement {\n  sid       = "DenyOutsideVpce"\n  effect    = "Deny"\n  actions   = ["s3:*"]\n  resources = [aws_s3_bucket.phi.arn, "${aws_s3_bucket.phi.arn}/*"]\n  principals {\n    type        = "*"\n    identifiers = ["*"]\n  }\n  condition {\n    test     = "StringNotEquals"\n    variable = "aws:SourceVpce"\n    values   = [aws_vpc_endpoint.s3.id]\n  }\n}',
      cloudformation:
        '- Sid: DenyOutsideVpce\n  Effect: Deny\n  Principal: "*"\n  Action: "s3:*"\n  Resource: [!GetAtt PhiBucket.Arn, !Sub "${PhiBucket.Arn}/*"]\n  Condition:\n    StringNotEquals:\n      aws:SourceVpce: !Ref S3Endpoint',
    },
  },
  evaluate(bucket, ctx) {
    if (!ctx.isPhi(bucket)) return null;
    const policy = bucket.props.policy;
    if (isUnknown(policy)) return unknownResult('policy', policy);
    if (policy === null) return fail('The PHI bucket has no policy: requests are accepted from any network.', ev('policy', null));
    const objects = bucketObjectPatterns(bucket);
    const seen = ev('policy.statements', policy.statements);
    const verdicts = ACTIONS.map((action) => ({
      action,
      denied: anyTri(policy.statements.map((st) => allTri([deniesEveryone(st, action, objects), networkOnly(st)]))),
    }));
    const missing = verdicts.filter((v) => v.denied === false).map((v) => v.action);
    if (missing.length > 0) {
      return fail(`The bucket policy does not deny ${missing.join(' or ')} from outside a VPC endpoint, VPC or IP range.`, seen);
    }
    const open = verdicts.find((v) => isUnknown(v.denied));
    if (open && isUnknown(open.denied)) return notAssessed(`whether ${open.action} is network-restricted depends on an unknown value: ${open.denied.$unknown}`, seen);
    return pass('The bucket policy denies object reads and writes from outside the approved networks.', seen);
  },
});
