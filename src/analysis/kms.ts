import type { PolicyDocument, PolicyStatement } from '../model/aws/policy.js';
import type { AnyResource, Resource } from '../model/resource.js';
import { isUnknown } from '../model/unknown.js';
import type { RuleContext } from '../rules/types.js';
import {
  allTri,
  appliesToEveryone,
  type ConditionEntry,
  conditionEntries,
  coversAction,
  hasEffect,
  type Tri,
} from './iam-policy.js';

export type KeyManagement =
  | { manager: 'CUSTOMER' | 'AWS'; why: string; key?: Resource<'AWS::KMS::Key'> }
  | { manager: 'unknown'; reason: string; key?: Resource<'AWS::KMS::Key'> };

const ARN = /^arn:aws[a-z-]*:kms:[^:]*:([^:]*):(key|alias)\/(.+)$/;

/**
 * Who manages the KMS key a resource names (key id, key ARN, alias name or alias ARN, or
 * an IaC reference): the key in the inventory says so; failing that, what the identifier
 * itself proves.
 */
export function keyManagement(ref: string, from: AnyResource, ctx: Pick<RuleContext, 'lookup'>): KeyManagement {
  const arn = ARN.exec(ref);
  const aliasName = arn?.[2] === 'alias' ? `alias/${arn[3]}` : ref.startsWith('alias/') ? ref : undefined;
  if (aliasName?.startsWith('alias/aws/')) {
    return { manager: 'AWS', why: `${aliasName} is the alias of an AWS managed key` };
  }

  const key = ctx.lookup('AWS::KMS::Key', ref, from);
  if (key) {
    const m = key.props.keyManager;
    if (isUnknown(m)) return { manager: 'unknown', reason: `the key's manager is unknown: ${m.$unknown}`, key };
    return { manager: m, why: `the key ${key.name} is ${m === 'AWS' ? 'AWS' : 'customer'} managed`, key };
  }

  // The alias/aws/ prefix is reserved, and AWS does not let a customer alias point at an
  // AWS managed key, so any other alias names a customer-managed key.
  if (aliasName) return { manager: 'CUSTOMER', why: `${aliasName} is a customer alias` };
  const keyId = arn?.[2] === 'key' ? arn[3]! : ref;
  // Multi-Region keys (mrk-…) exist only as customer-managed keys.
  if (keyId.startsWith('mrk-')) return { manager: 'CUSTOMER', why: `${keyId} is a multi-Region key` };
  const keyAccount = arn?.[1];
  if (keyAccount && typeof from.account === 'string' && keyAccount !== from.account) {
    // AWS managed keys cannot be used from another account.
    return { manager: 'CUSTOMER', why: `the key belongs to another account (${keyAccount})` };
  }
  const account = keyAccount && isUnknown(from.account) ? `, and the account of ${from.name} is unknown` : '';
  return { manager: 'unknown', reason: `the key ${ref} is not in the inventory${account}, so who manages it cannot be told` };
}

// ---------------------------------------------------------------------------------------
// Nitro Enclaves: key policies that release plaintext only to an attested enclave image.

/**
 * The attestation condition keys KMS sets from a Nitro Enclave's signed attestation
 * document, when the request carries a `Recipient` (Decrypt, GenerateDataKey,
 * GenerateDataKeyPair, GenerateRandom, DeriveSharedSecret). Lower-cased, as IAM compares.
 */
const ATTESTATION_KEY = /^kms:recipientattestation:(imagesha384|pcr([0-9]|1[0-9]|2[0-9]|3[01]))$/;

export function isAttestationKey(key: string): boolean {
  return ATTESTATION_KEY.test(key);
}

/** Does the key policy mention an attestation condition anywhere, making it an enclave key? */
export function mentionsAttestation(policy: PolicyDocument): boolean {
  return policy.statements.some((st) => conditionEntries(st).some((c) => isAttestationKey(c.key)));
}

/** Operators that are false when the key is absent, so a request without attestation fails them. */
const ENFORCING_OPERATORS = new Set(['StringEquals', 'StringEqualsIgnoreCase']);

/**
 * The attestation entries of an Allow statement that pin it to fixed measurements: an
 * operator false when the key is absent (no IfExists, no negation, no ForAllValues) and
 * values without wildcards. Such a statement grants nothing to a caller outside an attested
 * enclave, whatever else it says.
 */
export function enforcingAttestation(st: PolicyStatement): ConditionEntry[] {
  return conditionEntries(st).filter(
    (c) =>
      isAttestationKey(c.key) &&
      ENFORCING_OPERATORS.has(c.base) &&
      !c.ifExists &&
      c.qualifier !== 'ForAllValues' &&
      c.values.length > 0 &&
      c.values.every((v) => isUnknown(v) || !/[*?]|\$\{/.test(v)),
  );
}

/**
 * Is the statement a Deny, to everyone, of `action` whenever attestation is missing or
 * differs? Its conditions must all be attestation checks that hold for a request without
 * attestation (`StringNotEquals…` or `Null: true`); any other condition narrows the Deny.
 */
export function deniesWithoutAttestation(st: PolicyStatement, action: string): Tri {
  const entries = conditionEntries(st);
  if (entries.length === 0) return false;
  const shape = entries.every(
    (c) =>
      isAttestationKey(c.key) &&
      !c.qualifier &&
      ((/^StringNotEquals(IgnoreCase)?$/.test(c.base) && !c.ifExists) ||
        (c.base === 'Null' && c.values.length > 0 && c.values.every((v) => typeof v === 'string' && v.toLowerCase() === 'true'))),
  );
  if (!shape) return false;
  // A key policy's Resource is the key itself, whatever it spells.
  return allTri([hasEffect(st, 'Deny'), appliesToEveryone(st, 'Deny'), coversAction(st, action)]);
}

/** The key-policy actions that hand out key material or plaintext, or move ciphertext to another key. */
export const PLAINTEXT_ACTIONS = ['kms:Decrypt', 'kms:GenerateDataKey', 'kms:GenerateDataKeyPair', 'kms:ReEncryptFrom'] as const;

/**
 * Is this a key for Nitro Enclaves? Named in the rule's `enclaveKeys` option (by key id,
 * ARN or alias), or its policy already conditions on attestation.
 */
export function isEnclaveKey(key: Resource<'AWS::KMS::Key'>, declared: readonly string[]): boolean {
  if (declared.some((d) => d === key.id || d === key.name || (key.refs ?? []).includes(d) || key.props.aliases.includes(d))) return true;
  const policy = key.props.policy;
  return !isUnknown(policy) && policy !== null && mentionsAttestation(policy);
}
