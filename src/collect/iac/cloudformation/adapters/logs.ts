import type { Resource } from '../../../../model/resource.js';
import { unknown } from '../../../../model/unknown.js';
import { asNumber, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

export function logGroup(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::Logs::LogGroup'> {
  const p = res.properties;
  const name = asString(at(p, 'LogGroupName'), 'LogGroupName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::Logs::LogGroup',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      logGroupName: name ?? unknown('LogGroupName is not declared: CloudFormation generates it at deploy time'),
      // Without RetentionInDays, events never expire.
      retentionInDays: asNumber(at(p, 'RetentionInDays'), 'RetentionInDays') ?? null,
      kmsKeyId: asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null,
    },
  });
}
