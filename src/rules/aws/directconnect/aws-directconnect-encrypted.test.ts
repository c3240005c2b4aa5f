import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-directconnect-encrypted.js';

const DX = 'AWS::DirectConnect::Connection';

ruleTester(rule, {
  pass: [{ name: 'MACsec enforced', resource: resource(DX, {}), message: /enforced/ }],
  fail: [
    { name: 'MACsec configured, down, failing open', resource: resource(DX, { encryptionMode: 'should_encrypt', portEncryptionStatus: 'Encryption Down' }), message: /continue unencrypted/ },
  ],
  not_assessed: [
    { name: 'no MACsec: a VPN may run over it', resource: resource(DX, { macSecCapable: false, encryptionMode: null, portEncryptionStatus: null }), message: /IPsec VPN/ },
    { name: 'MACsec up but not enforced', resource: resource(DX, { encryptionMode: 'should_encrypt', portEncryptionStatus: 'Encryption Up' }), message: /not enforced/ },
    { name: 'mode unknown', resource: resource(DX, { encryptionMode: unknown('AccessDenied on directconnect:DescribeConnections') }) },
  ],
});
