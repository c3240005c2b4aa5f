import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-backup-recovery-points-encrypted',
    title: 'Every recovery point in the backup vault is encrypted',
    severity: 'high',
    hipaa: ['164.312(a)(2)(iv)', '164.308(a)(7)(ii)(A)'],
    resourceTypes: ['AWS::Backup::RecoveryPoints'],
    sources: ['live'],
    covers: ['backup-recovery-point-encrypted'],
    rationale:
      'Recovery points of services that back up through their own snapshots (an unencrypted EBS volume or RDS ' +
      'instance) inherit the source\'s encryption: a copy of ePHI stored unencrypted at rest, however safe the vault.',
    remediation: {
      text: 'Encrypt the source resources (or copy their recovery points into an encrypted vault) and let the unencrypted recovery points expire or delete them once encrypted copies exist.',
      cli: 'aws backup list-recovery-points-by-backup-vault --backup-vault-name VAULT --query "RecoveryPoints[?IsEncrypted==`false`].[RecoveryPointArn,ResourceArn]"',
    },
  },
  evaluate(points) {
    const { total, unencrypted } = points.props;
    if (isUnknown(unencrypted)) return unknownResult('unencrypted', unencrypted);
    const evidence = [ev('unencrypted', unencrypted), ev('total', total)];
    if (unencrypted > 0) return fail(`${unencrypted} recovery point(s) in vault ${points.props.vaultName} are not encrypted.`, ...evidence);
    return pass(`Every recovery point in vault ${points.props.vaultName} is encrypted.`, ...evidence);
  },
});
