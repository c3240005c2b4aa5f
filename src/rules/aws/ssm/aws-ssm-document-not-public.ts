import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ssm-document-not-public',
    title: 'Systems Manager document is not shared publicly',
    severity: 'high',
    hipaa: ['164.308(a)(3)(ii)(B)', '164.308(a)(4)(ii)(B)', '164.312(a)(1)'],
    resourceTypes: ['AWS::SSM::Document'],
    sources: ['live', 'terraform'],
    covers: ['ssm-document-not-public'],
    rationale:
      'Runbooks and command documents routinely embed bucket names, database endpoints, account ids and sometimes ' +
      'credentials for systems that hold PHI. A document shared with "all" is readable by every AWS account in ' +
      'the world and hands an attacker a map of the environment.',
    remediation: {
      text: 'Stop sharing the document publicly; share it with named accounts only if others must run it, and turn on the account-level block for public document sharing.',
      cli:
        'aws ssm modify-document-permission --name DOCUMENT --permission-type Share --account-ids-to-remove All\n' +
        'aws ssm update-service-setting --setting-id /ssm/documents/console/public-sharing-permission --setting-value Disable',
      terraform: 'resource "aws_ssm_document" "this" {\n  # ...\n  permissions = {\n    type        = "Share"\n    account_ids = "111122223333"\n  }\n}',
    },
  },
  evaluate(doc) {
    const shared = doc.props.sharedWith;
    if (isUnknown(shared)) return unknownResult('sharedWith', shared);
    const evidence = ev('sharedWith', shared);
    // SSM spells the public grant `all`; Terraform passes `All` through as written.
    if (shared.some((a) => a.toLowerCase() === 'all')) return fail('The document is shared with all AWS accounts (public).', evidence);
    if (shared.length === 0) return pass('The document is not shared with any other account.', evidence);
    return pass(`The document is shared only with ${shared.length} named account(s).`, evidence);
  },
});
