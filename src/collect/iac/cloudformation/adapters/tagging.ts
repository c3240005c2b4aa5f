import type { Resource } from '../../../../model/resource.js';
import { eligibilityOfCloudFormationType } from '../../../../analysis/hipaa-eligible.js';
import { at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, type TemplateResource } from './types.js';

/**
 * A template resource that declares `Tags`, as the generic tagged resource: account-wide
 * rules (PHI only in HIPAA-eligible services) then see a PHI-tagged resource of any service
 * before it is deployed. Unmodelled types get only their `Tags` resolved, so templates of
 * many thousands of resources stay cheap. Modelled types are left to their own model, and a
 * second resource at the same address would only double them, except those of a service the
 * HIPAA-eligible list does not name (`needsGeneric`).
 */
export function taggedResource(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ResourceGroupsTaggingAPI::Resource'> {
  return iacResource(res, ctx, {
    type: 'AWS::ResourceGroupsTaggingAPI::Resource',
    name: res.logicalId,
    // Most types take a list of {Key, Value}; some (AWS::SSM::Parameter, AWS::Glue::Job) a map.
    tags: tagsOf(at(res.properties, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: { arn: null, service: null, resourceType: null, cloudFormationType: res.type },
  });
}

/** Whether a resource declaration has a `Tags` property, checked before anything is resolved. */
export function declaresTags(decl: Record<string, unknown>): boolean {
  const p = decl.Properties;
  return typeof p === 'object' && p !== null && !Array.isArray(p) && Object.hasOwn(p, 'Tags');
}

const generic = new Map<string, boolean>();

/** Whether a modelled CloudFormation type is also emitted as a generic tagged resource. */
export function needsGeneric(cfnType: string): boolean {
  let v = generic.get(cfnType);
  if (v === undefined) {
    const status = eligibilityOfCloudFormationType(cfnType).status;
    generic.set(cfnType, (v = status !== 'eligible' && status !== 'no_content'));
  }
  return v;
}
