import { parse as parseYaml } from 'yaml';
import { NOT_CONFIGURED, sessionPreferences } from '../../../../model/aws/ssm-session.js';
import { SESSION_PREFERENCES_DOCUMENT } from '../../../../model/aws/ssm.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { literalName, str } from './attrs.js';
import { resourceOf } from './common.js';

export const SSM_TYPES = ['aws_ssm_document'];

/**
 * aws_ssm_document: a document, and for the one named SSM-SessionManagerRunShell of type
 * Session also the region's Session Manager preferences (the document itself is still a
 * document that `permissions` can share).
 */
export function buildSsmDocument(d: Declared): AnyResource[] {
  const a = d.attrs;
  const name = literalName(a.name);
  if (d.unknownReason) {
    const u = unknown(d.unknownReason);
    return [resourceOf(d, 'AWS::SSM::Document', { documentName: u, documentType: u, sharedWith: u }, { name, refs: name ? [name] : [] })];
  }
  const documentType = str(a.document_type, 'Command', 'document_type');
  const doc = resourceOf(
    d,
    'AWS::SSM::Document',
    { documentName: str(a.name, '', 'name'), documentType, sharedWith: sharedWith(a.permissions) },
    { name, refs: name ? [name] : [] },
  );
  if (name !== SESSION_PREFERENCES_DOCUMENT || documentType !== 'Session') return [doc];
  const prefs = resourceOf(d, 'AWS::SSM::SessionManagerPreferences', preferencesOf(a.content, a.document_format), { name });
  // Both come from one block: give the preferences an id of their own.
  return [doc, { ...prefs, id: `${prefs.id}#session-manager-preferences` }];
}

/** `permissions = { type = "Share", account_ids = "All" | "111122223333,444455556666" }`. */
function sharedWith(v: unknown): Known<string[]> {
  if (v === undefined || v === null) return [];
  if (isUnknown(v)) return v;
  if (typeof v !== 'object' || Array.isArray(v)) return unknown('permissions is not a map');
  const p = v as Record<string, unknown>;
  const type = str(p.type, '', 'permissions.type');
  if (isUnknown(type)) return type;
  if (type !== 'Share') return [];
  const ids = str(p.account_ids, '', 'permissions.account_ids');
  if (isUnknown(ids)) return ids;
  return ids.split(',').map((s) => s.trim()).filter((s) => s !== '');
}

function preferencesOf(content: unknown, format: unknown) {
  if (content === undefined || content === null) return { ...NOT_CONFIGURED, configured: true };
  if (isUnknown(content) || typeof content !== 'string') return sessionPreferences(content);
  // document_format defaults to JSON; YAML content is parsed here, JSON by the shared reader.
  if (format !== 'YAML') return sessionPreferences(content);
  try {
    return sessionPreferences(parseYaml(content) as unknown);
  } catch {
    return sessionPreferences(unknown('the Session document content is not YAML'));
  }
}
