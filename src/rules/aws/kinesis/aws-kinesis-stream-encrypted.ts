import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-kinesis-stream-encrypted',
    title: 'Kinesis data stream encrypts records at rest',
    severity: 'medium',
    hipaa: ['164.312(a)(2)(iv)'],
    resourceTypes: ['AWS::Kinesis::Stream'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['kinesis-stream-encrypted'],
    rationale:
      'Streams carry device vitals, clickstreams with patient identifiers and change-data feeds from clinical ' +
      'databases, and keep them for up to a year. Kinesis does not encrypt records unless server-side encryption ' +
      'is turned on.',
    remediation: {
      text: 'Start server-side encryption on the stream with a KMS key (a customer-managed key for PHI).',
      cli: 'aws kinesis start-stream-encryption --stream-name STREAM --encryption-type KMS --key-id alias/KEY_ALIAS',
      terraform: 'resource "aws_kinesis_stream" "this" {\n  # ...\n  encryption_type = "KMS"\n  kms_key_id      = aws_kms_key.streams.arn\n}',
      cloudformation: 'StreamEncryption:\n  EncryptionType: KMS\n  KeyId: !Ref StreamsKey',
    },
  },
  evaluate(stream) {
    const type = stream.props.encryptionType;
    if (isUnknown(type)) return unknownResult('encryptionType', type);
    if (type === 'NONE') return fail('Records are stored unencrypted.', ev('encryptionType', type));
    return pass('Records are encrypted with a KMS key.', ev('encryptionType', type), ev('kmsKeyId', stream.props.kmsKeyId));
  },
});
