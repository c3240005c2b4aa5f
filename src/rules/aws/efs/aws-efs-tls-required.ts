import { allTri, anyTri, boolValues, conditionEntries, deniesEveryone, type Tri } from '../../../analysis/iam-policy.js';
import type { PolicyStatement } from '../../../model/aws/policy.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

const ACTIONS = ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'];

/** The statement's only condition is `aws:SecureTransport` = false; another would narrow the deny. */
function onlyWhenInsecure(st: PolicyStatement): Tri {
  const entries = conditionEntries(st);
  const c = entries[0];
  if (entries.length !== 1 || !c || c.base !== 'Bool' || c.qualifier || c.key !== 'aws:securetransport') return false;
  const values = boolValues(c.values);
  return isUnknown(values) ? values : values.includes(false);
}

export default defineRule({
  meta: {
    id: 'aws-efs-tls-required',
    title: 'EFS file system policy refuses mounts without TLS',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::EFS::FileSystem'],
    sources: ['live', 'cloudformation', 'terraform'],
    rationale:
      'NFS traffic to EFS is plain text unless the client mounts with the tls option, and nothing on the server ' +
      'side requires it by default. A file system policy denying access when aws:SecureTransport is false makes ' +
      'every mount of the ePHI use encryption in transit.',
    remediation: {
      text: 'Set a file system policy that denies all actions to every principal when aws:SecureTransport is false, and mount with -o tls.',
      cli: 'aws efs put-file-system-policy --file-system-id FS_ID --policy \'{"Version":"2012-10-17","Statement":[{"Sid":"DenyInsecureTransport","Effect":"Deny","Principal":{"AWS":"*"},"Action":"*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}\'',
      terraform:
        'resource "aws_efs_file_system_policy" "tls" {\n  file_system_id = aws_efs_file_system.this.id\n  policy = jsonencode({\n    Version = "2012-10-17"\n    Statement = [{\n      Sid       = "DenyInsecureTransport"\n      Effect    = "Deny"\n      Principal = { AWS = "*" }\n      Action    = "*"\n      Condition = { Bool = { "aws:SecureTransport" = "false" } }\n    }]\n  })\n}',
      cloudformation:
        'FileSystemPolicy:\n  Version: "2012-10-17"\n  Statement:\n    - Sid: DenyInsecureTransport\n      Effect: Deny\n      Principal: { AWS: "*" }\n      Action: "*"\n      Condition:\n        Bool:\n          aws:SecureTransport: "false"',
    },
  },
  evaluate(fs) {
    const policy = fs.props.policy;
    if (isUnknown(policy)) return unknownResult('policy', policy);
    if (policy === null) return fail('The file system has no policy, so clients may mount it without TLS.', ev('policy', null));
    const targets = [fs.id, ...(fs.refs ?? [])];
    // A file system policy applies to its own file system; Resource may be left out.
    const onSelf = (st: PolicyStatement): PolicyStatement => (st.resource || st.notResource ? st : { ...st, resource: ['*'] });
    const seen = ev('policy.statements', policy.statements);
    const denied = ACTIONS.map((action) =>
      anyTri(policy.statements.map((st) => allTri([deniesEveryone(onSelf(st), action, targets), onlyWhenInsecure(st)]))),
    );
    const missing = ACTIONS.filter((_, i) => denied[i] === false);
    if (missing.length > 0) return fail(`The file system policy does not deny ${missing.join(' or ')} without TLS.`, seen);
    const open = denied.find(isUnknown);
    if (open) return notAssessed(`whether the policy denies mounts without TLS depends on an unknown value: ${open.$unknown}`, seen);
    return pass('The file system policy denies mounts and writes that do not use TLS.', seen);
  },
});
