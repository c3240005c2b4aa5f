import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

/** `Enabled` / `Disabled`; SageMaker enables both settings when they are left out. */
function enabled(p: unknown, prop: string): Known<boolean> {
  const v = asString(at(p, prop), prop) ?? 'Enabled';
  if (isUnknown(v)) return v;
  return v === 'Enabled' ? true : v === 'Disabled' ? false : unknown(`${prop} should be Enabled or Disabled, not "${v}"`);
}

export function notebookInstance(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::SageMaker::NotebookInstance'> {
  const p = res.properties;
  const name = asString(at(p, 'NotebookInstanceName'), 'NotebookInstanceName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::SageMaker::NotebookInstance',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      notebookInstanceName: name ?? unknown('NotebookInstanceName is not declared: CloudFormation generates it at deploy time'),
      kmsKeyId: asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null,
      directInternetAccess: enabled(p, 'DirectInternetAccess'),
      subnetId: asString(at(p, 'SubnetId'), 'SubnetId') ?? null,
      rootAccess: enabled(p, 'RootAccess'),
    },
  });
}

export function endpointConfig(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::SageMaker::EndpointConfig'> {
  const p = res.properties;
  const name = asString(at(p, 'EndpointConfigName'), 'EndpointConfigName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::SageMaker::EndpointConfig',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      endpointConfigName: name ?? unknown('EndpointConfigName is not declared: CloudFormation generates it at deploy time'),
      kmsKeyId: asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null,
    },
  });
}
