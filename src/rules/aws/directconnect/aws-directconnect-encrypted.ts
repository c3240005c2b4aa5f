import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-directconnect-encrypted',
    title: 'Direct Connect connection encrypts traffic with enforced MACsec',
    severity: 'medium',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::DirectConnect::Connection'],
    // MACsec state is a property of the live port; templates cannot say whether it is up.
    sources: ['live'],
    covers: ['gap-aws-dx-encrypted'],
    rationale:
      'Direct Connect is a private circuit, not an encrypted one: frames cross carrier and colocation equipment in ' +
      'clear text. PHI over it needs MACsec on the port (must_encrypt, so traffic stops rather than falling back to ' +
      'plaintext) or an IPsec VPN running over the connection. phiguard sees MACsec; a VPN over the link is not ' +
      'visible from the connection, so connections without enforced MACsec are reported as not assessed unless MACsec ' +
      'is configured and visibly failing open.',
    remediation: {
      text: 'On a MACsec-capable dedicated connection, associate a CKN/CAK and set the encryption mode to must_encrypt; otherwise run a Site-to-Site VPN (private IP VPN over a transit VIF) for PHI traffic.',
      cli: 'aws directconnect associate-mac-sec-key --connection-id DXCON_ID --ckn CKN --cak CAK\naws directconnect update-connection --connection-id DXCON_ID --encryption-mode must_encrypt',
    },
  },
  evaluate(conn) {
    const { encryptionMode, portEncryptionStatus, macSecCapable } = conn.props;
    if (isUnknown(encryptionMode)) return unknownResult('encryptionMode', encryptionMode);
    if (isUnknown(portEncryptionStatus)) return unknownResult('portEncryptionStatus', portEncryptionStatus);
    const evidence = [ev('encryptionMode', encryptionMode), ev('portEncryptionStatus', portEncryptionStatus), ev('macSecCapable', macSecCapable)];
    if (encryptionMode === 'must_encrypt') return pass('MACsec is enforced: the link carries no unencrypted frames.', ...evidence);
    if (encryptionMode === 'should_encrypt' && portEncryptionStatus === 'Encryption Down') {
      return fail('MACsec is configured but down, and should_encrypt lets traffic continue unencrypted.', ...evidence);
    }
    const state = encryptionMode === 'should_encrypt' ? 'MACsec is up but not enforced (should_encrypt)' : 'MACsec is not in use';
    return notAssessed(`${state}; whether traffic over this connection runs inside an IPsec VPN is not visible from Direct Connect`, ...evidence);
  },
});
