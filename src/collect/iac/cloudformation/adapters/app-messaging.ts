import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

const generated = (prop: string) => unknown(`${prop} is not declared: CloudFormation generates it at deploy time`);

export function snsTopic(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::SNS::Topic'> {
  const p = res.properties;
  const name = asString(at(p, 'TopicName'), 'TopicName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::SNS::Topic',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    // Without KmsMasterKeyId, SNS stores messages unencrypted.
    props: { topicName: name ?? generated('TopicName'), kmsMasterKeyId: asString(at(p, 'KmsMasterKeyId'), 'KmsMasterKeyId') ?? null },
  });
}

export function sqsQueue(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::SQS::Queue'> {
  const p = res.properties;
  const name = asString(at(p, 'QueueName'), 'QueueName');
  const id = namedIdentity(res, ctx, name);
  const kmsMasterKeyId = asString(at(p, 'KmsMasterKeyId'), 'KmsMasterKeyId') ?? null;
  // SQS turns SSE-SQS on for every queue created without a KMS key (since October 2022)
  // unless SqsManagedSseEnabled is set false.
  const managed: Known<boolean> = asBoolean(at(p, 'SqsManagedSseEnabled'), 'SqsManagedSseEnabled') ?? (kmsMasterKeyId === null);
  return iacResource(res, ctx, {
    type: 'AWS::SQS::Queue',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: { queueName: name ?? generated('QueueName'), kmsMasterKeyId, sqsManagedSse: managed },
  });
}

export function kinesisStream(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::Kinesis::Stream'> {
  const p = res.properties;
  const name = asString(at(p, 'Name'), 'Name');
  const id = namedIdentity(res, ctx, name);
  const type = asString(at(p, 'StreamEncryption', 'EncryptionType'), 'StreamEncryption.EncryptionType');
  // No StreamEncryption: the stream is not encrypted.
  const encryptionType: Known<'KMS' | 'NONE'> =
    type === undefined ? 'NONE' : isUnknown(type) ? type : type === 'KMS' || type === 'NONE' ? type : unknown(`EncryptionType should be KMS or NONE, not "${type}"`);
  return iacResource(res, ctx, {
    type: 'AWS::Kinesis::Stream',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      streamName: name ?? generated('Name'),
      encryptionType,
      kmsKeyId: encryptionType === 'KMS' ? (asString(at(p, 'StreamEncryption', 'KeyId'), 'StreamEncryption.KeyId') ?? unknown('KeyId is required with KMS encryption')) : isUnknown(encryptionType) ? encryptionType : null,
    },
  });
}
