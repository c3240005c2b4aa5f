import { judgeStatements } from '../../../analysis/iam-documents.js';
import { hasEffect, serviceWildcards } from '../../../analysis/iam-policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';

export default defineRule({
  meta: {
    id: 'aws-iam-policy-no-service-wildcard',
    title: 'IAM policy does not allow every action of a service',
    severity: 'medium',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(B)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::IAM::ManagedPolicy', 'AWS::IAM::User', 'AWS::IAM::Group', 'AWS::IAM::Role'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['iam-policy-no-service-wildcard'],
    rationale:
      'An Allow of "s3:*" or "kms:*" grants today\'s and tomorrow\'s actions of the service, including deleting data, ' +
      'changing bucket and key policies and decrypting: far more than a workload reading or writing PHI needs. ' +
      'Least privilege (164.308(a)(4), 164.312(a)(1)) means naming the actions.',
    remediation: {
      text: 'List the actions the principal uses instead of "<service>:*" (IAM Access Analyzer can generate a policy from CloudTrail activity).',
      cli: 'aws accessanalyzer start-policy-generation --policy-generation-details principalArn=ROLE_ARN --cloud-trail-details file://trail.json',
      terraform: 'statement {\n  actions   = ["s3:GetObject", "s3:PutObject"]\n  resources = ["${aws_s3_bucket.records.arn}/*"]\n}',
      cloudformation: '- Effect: Allow\n  Action: [s3:GetObject, s3:PutObject]\n  Resource: !Sub "${Records.Arn}/*"',
    },
  },
  evaluate(r) {
    return judgeStatements(
      r,
      (st) => {
        const wild = serviceWildcards(st);
        if (wild.length === 0) return false;
        const allow = hasEffect(st, 'Allow');
        return isUnknown(allow) ? allow : allow ? `allows every action of a service (${wild.join(', ')})` : false;
      },
      'No statement allows every action of a service.',
    );
  },
});
