import type { PolicyDocument, PolicyStatement } from '../model/aws/policy.js';
import type { AnyResource, Resource } from '../model/resource.js';
import { isUnknown, type Known } from '../model/unknown.js';
import type { RuleContext } from '../rules/types.js';
import { awsManagedExcerpt, isAwsManagedArn } from './iam-aws-managed.js';
import {
  allowRequiresMfa,
  allTri,
  anyTri,
  conditionEntries,
  coversAction,
  coversResource,
  denyWithoutMfa,
  hasEffect,
  type Tri,
  touchesResource,
} from './iam-policy.js';

/**
 * What an IAM user, group or role may do by its identity policies: its inline and attached
 * policies, and for a user those of its groups. Permissions boundaries, SCPs and resource
 * policies can only narrow this; phiguard reads identity policies and says so.
 */
export type IamPrincipal = Resource<'AWS::IAM::User'> | Resource<'AWS::IAM::Group'> | Resource<'AWS::IAM::Role'>;

export interface SourcedStatement {
  /** Which policy it is in, for a person: `inline policy "read-phi"`, `managed policy arn:…`, `group "ops" inline policy "x"`. */
  policy: string;
  index: number;
  statement: PolicyStatement;
}

export interface Gathered {
  statements: SourcedStatement[];
  /** Policies whose content is not known, each with why. */
  unknowns: string[];
}

export function statementLabel(s: SourcedStatement): string {
  const sid = s.statement.sid;
  return `${s.policy} statement ${sid ? `"${sid}"` : s.index + 1}`;
}

type Ctx = Pick<RuleContext, 'lookup'>;

function addDocument(label: string, doc: Known<PolicyDocument | null>, out: Gathered): void {
  if (isUnknown(doc)) out.unknowns.push(`${label}: ${doc.$unknown}`);
  else doc?.statements.forEach((statement, index) => out.statements.push({ policy: label, index, statement }));
}

type PolicyHolder = { attachedPolicies: Known<Known<string>[]>; inlinePolicies: IamPrincipal['props']['inlinePolicies'] };

function addOwn(props: PolicyHolder, prefix: string, from: AnyResource, ctx: Ctx, out: Gathered): void {
  const inline = props.inlinePolicies;
  if (isUnknown(inline)) out.unknowns.push(`${prefix}inline policies: ${inline.$unknown}`);
  else for (const p of inline) addDocument(`${prefix}inline policy "${isUnknown(p.name) ? '?' : p.name}"`, p.document, out);
  const attached = props.attachedPolicies;
  if (isUnknown(attached)) {
    out.unknowns.push(`${prefix}attached policies: ${attached.$unknown}`);
    return;
  }
  for (const ref of attached) {
    if (isUnknown(ref)) {
      out.unknowns.push(`${prefix}an attached policy: ${ref.$unknown}`);
      continue;
    }
    const found = ctx.lookup('AWS::IAM::ManagedPolicy', ref, from);
    const label = `${prefix}managed policy ${found && !isUnknown(found.props.policyName) ? `"${found.props.policyName}"` : ref}`;
    if (found) addDocument(label, found.props.document, out);
    else if (isAwsManagedArn(ref) && awsManagedExcerpt(ref)) addDocument(label, awsManagedExcerpt(ref)!, out);
    else out.unknowns.push(`${label}: its document is not in the scanned inventory`);
  }
}

/** Every identity-policy statement that applies to the principal. */
export function identityStatements(r: IamPrincipal, ctx: Ctx): Gathered {
  const out: Gathered = { statements: [], unknowns: [] };
  addOwn(r.props, '', r, ctx, out);
  if (r.type !== 'AWS::IAM::User') return out;
  const groups = r.props.groups;
  if (isUnknown(groups)) {
    out.unknowns.push(`groups: ${groups.$unknown}`);
    return out;
  }
  for (const g of groups) {
    if (isUnknown(g)) {
      out.unknowns.push(`a group: ${g.$unknown}`);
      continue;
    }
    const group = ctx.lookup('AWS::IAM::Group', g, r);
    const name = group && !isUnknown(group.props.groupName) ? group.props.groupName : g;
    if (group) addOwn(group.props, `group "${name}" `, group, ctx, out);
    else out.unknowns.push(`group ${g}: not in the scanned inventory`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------
// Reads of PHI.

/** The actions that read PHI out of a store, by the kind of store. */
export const PHI_READ_ACTIONS = { bucket: ['s3:GetObject', 's3:GetObjectVersion'], key: ['kms:Decrypt'] } as const;

export interface PhiTarget {
  kind: keyof typeof PHI_READ_ACTIONS;
  resource: AnyResource;
  /** What a person calls it: `bucket phi-records`, `key alias/phi-data (encrypts bucket phi-records)`. */
  label: string;
  /** The ARNs (or IaC tokens) that name it exactly. */
  bases: string[];
  /** What a policy's Resource must reach to read it: the objects for a bucket, the key itself. */
  spellings: string[];
}

const arnLike = (s: string) => s.startsWith('arn:') || s.startsWith('ref:');

function bucketTarget(b: Resource<'AWS::S3::Bucket'>): PhiTarget {
  const name = b.props.bucketName;
  const bases = [...new Set([...(b.refs ?? []).filter(arnLike), ...(typeof name === 'string' ? [`arn:aws:s3:::${name}`] : [])])];
  if (arnLike(b.id) && !bases.includes(b.id)) bases.push(b.id);
  return { kind: 'bucket', resource: b, label: `bucket ${b.name}`, bases, spellings: bases.map((x) => `${x}/*`) };
}

function keyTarget(k: Resource<'AWS::KMS::Key'>, why: string): PhiTarget {
  const bases = [...new Set([k.id, ...(k.refs ?? [])].filter(arnLike))];
  return { kind: 'key', resource: k, label: `key ${k.name}${why}`, bases, spellings: bases };
}

/**
 * The PHI stores near `near`: PHI buckets, the KMS keys that encrypt them, and PHI-tagged
 * keys. `incomplete` says why more may exist than were found.
 */
export function phiTargets(near: AnyResource, ctx: Pick<RuleContext, 'list' | 'lookup' | 'isPhi'>): { targets: PhiTarget[]; incomplete?: string } {
  const targets: PhiTarget[] = [];
  const seen = new Set<string>();
  const buckets = ctx.list('AWS::S3::Bucket', near);
  for (const b of buckets.resources.filter((x) => ctx.isPhi(x))) {
    targets.push(bucketTarget(b));
    const keyId = isUnknown(b.props.encryption) ? null : b.props.encryption.kmsKeyId;
    const key = typeof keyId === 'string' ? ctx.lookup('AWS::KMS::Key', keyId, b) : undefined;
    if (key && !seen.has(key.id)) {
      seen.add(key.id);
      targets.push(keyTarget(key, ` (encrypts bucket ${b.name})`));
    }
  }
  const keys = ctx.list('AWS::KMS::Key', near);
  for (const k of keys.resources) {
    if (ctx.isPhi(k) && !seen.has(k.id)) {
      seen.add(k.id);
      targets.push(keyTarget(k, ''));
    }
  }
  const reasons = [buckets, keys].flatMap((l) => (l.complete ? [] : [l.reason]));
  return reasons.length > 0 ? { targets, incomplete: reasons.join('; ') } : { targets };
}

export interface PhiGrant {
  target: PhiTarget;
  action: string;
  source: SourcedStatement;
  /** The Resource entries (or NotResource) through which it reaches the target. */
  via: string[];
  /** Reaches the target through a wildcard or NotResource rather than naming it. */
  broad: boolean;
  /** The session must be MFA-authenticated: by the Allow's condition or a guarding Deny. */
  mfa: Tri;
}

function isScoped(entry: string, t: PhiTarget): boolean {
  return t.bases.some((b) => entry === b || (t.kind === 'bucket' && entry.startsWith(`${b}/`)));
}

function reachVia(st: PolicyStatement, t: PhiTarget): { via: string[]; broad: boolean } {
  if (!st.resource) return { via: [`NotResource ${JSON.stringify(st.notResource ?? [])}`], broad: true };
  const via = st.resource.filter((p): p is string => typeof p === 'string' && touchesResource({ ...st, resource: [p] }, t.spellings) === true);
  return { via, broad: via.some((p) => !isScoped(p, t)) };
}

/**
 * Every Allow that lets the principal read a PHI target, once an unconditional Deny of the
 * same action on the whole target is taken away. A Deny with a condition is not taken
 * away (it may not apply), except that the MFA guard Deny makes the grant need MFA.
 */
export function phiReadGrants(g: Gathered, targets: readonly PhiTarget[]): { grants: PhiGrant[]; unknowns: string[] } {
  const grants: PhiGrant[] = [];
  const unknowns: string[] = [];
  const denies = g.statements.filter((s) => hasEffect(s.statement, 'Deny') === true);
  for (const t of targets) {
    for (const s of g.statements) {
      for (const action of PHI_READ_ACTIONS[t.kind]) {
        const allows = allTri([hasEffect(s.statement, 'Allow'), coversAction(s.statement, action), touchesResource(s.statement, t.spellings)]);
        if (isUnknown(allows)) {
          unknowns.push(`whether ${statementLabel(s)} allows ${action} on ${t.label}: ${allows.$unknown}`);
          break;
        }
        if (!allows) continue;
        const covering = denies.filter(
          (d) => coversAction(d.statement, action) === true && coversResource(d.statement, t.spellings) === true,
        );
        if (covering.some((d) => conditionEntries(d.statement).length === 0)) continue;
        const mfa = anyTri([allowRequiresMfa(s.statement), ...covering.map((d) => denyWithoutMfa(d.statement))]);
        grants.push({ target: t, action, source: s, ...reachVia(s.statement, t), mfa });
        break;
      }
    }
  }
  return { grants, unknowns };
}

const GENERIC = { bucket: 'arn:aws:s3:::*/*', key: 'arn:aws:kms:*:*:key/*' } as const;

/** Does a Resource entry reach stores beyond one it names: a wildcard in the bucket name, or anywhere in a key ARN. */
function wildEntry(kind: PhiTarget['kind'], e: string): boolean {
  return /[*?]/.test(kind === 'bucket' ? e.split('/')[0]! : e);
}

/**
 * A statement that could let the principal read a PHI store phiguard has not seen (when the
 * list of stores is incomplete): an Allow of a read action through a wildcard or NotResource.
 * A store named literally is not one of those: naming it was a decision about it.
 */
export function mayReadUnseen(g: Gathered): SourcedStatement | undefined {
  return g.statements.find((s) =>
    (Object.keys(PHI_READ_ACTIONS) as PhiTarget['kind'][]).some((kind) => {
      const st = s.statement;
      if (hasEffect(st, 'Allow') === false) return false;
      if (!PHI_READ_ACTIONS[kind].some((a) => coversAction(st, a) !== false)) return false;
      if (!st.resource) return true;
      return st.resource.some((e) => isUnknown(e) || (wildEntry(kind, e) && touchesResource({ ...st, resource: [e] }, [GENERIC[kind]]) === true));
    }),
  );
}
