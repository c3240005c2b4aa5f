import { sessionPreferences } from '../../../../model/aws/ssm-session.js';
import { SESSION_PREFERENCES_DOCUMENT } from '../../../../model/aws/ssm.js';
import type { AnyResource } from '../../../../model/resource.js';
import { unknown } from '../../../../model/unknown.js';
import { asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

/**
 * AWS::SSM::Document. The one named SSM-SessionManagerRunShell with DocumentType Session is
 * the region's Session Manager preferences, and is read as such; any other is a document.
 * A template cannot share a document with other accounts, so a declared one is shared with none.
 */
export function ssmDocument(res: TemplateResource, ctx: AdapterContext): AnyResource {
  const p = res.properties;
  const name = asString(at(p, 'Name'), 'Name');
  // CloudFormation's default DocumentType is Command.
  const documentType = asString(at(p, 'DocumentType'), 'DocumentType') ?? 'Command';
  const id = namedIdentity(res, ctx, name);
  const tags = tagsOf(at(p, 'Tags'));
  if (name === SESSION_PREFERENCES_DOCUMENT && documentType === 'Session') {
    const content = at(p, 'Content');
    return iacResource(res, ctx, {
      type: 'AWS::SSM::SessionManagerPreferences',
      name: id.name,
      tags,
      refs: id.refs,
      props: sessionPreferences(content),
    });
  }
  return iacResource(res, ctx, {
    type: 'AWS::SSM::Document',
    name: id.name,
    tags,
    refs: id.refs,
    props: {
      documentName: name ?? unknown('Name is not declared: CloudFormation generates it at deploy time'),
      documentType,
      sharedWith: [],
    },
  });
}
