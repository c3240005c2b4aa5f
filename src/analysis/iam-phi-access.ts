import type { AnyResource } from '../model/resource.js';
import type { Evidence, RuleContext } from '../rules/types.js';
import { ev } from '../rules/result.js';
import {
  identityStatements,
  type IamPrincipal,
  mayReadUnseen,
  type PhiGrant,
  phiReadGrants,
  phiTargets,
  type SourcedStatement,
  statementLabel,
} from './iam-principal.js';

/** Everything the PHI-access rules need to know about one principal. */
export interface PhiAccess {
  grants: PhiGrant[];
  /** What could not be read: policies, statements, or the list of PHI stores. */
  unknowns: string[];
  /**
   * Set when the PHI stores found may not be all of them AND a wildcard statement could
   * reach one not found: why, and which statement.
   */
  incomplete?: string;
  /** The number of PHI stores looked at. */
  targets: number;
}

export function phiAccess(r: IamPrincipal, ctx: Pick<RuleContext, 'list' | 'lookup' | 'isPhi'>): PhiAccess {
  const gathered = identityStatements(r, ctx);
  const { targets, incomplete } = phiTargets(r as AnyResource, ctx);
  const { grants, unknowns } = phiReadGrants(gathered, targets);
  const unseen: SourcedStatement | undefined = incomplete ? mayReadUnseen(gathered) : undefined;
  const why = unseen ? `${statementLabel(unseen)} reads through a wildcard, and ${incomplete}` : undefined;
  return { grants, unknowns: [...gathered.unknowns, ...unknowns], targets: targets.length, ...(why ? { incomplete: why } : {}) };
}

/** One grant in words: `managed policy "x" statement "ReadAll" allows s3:GetObject on bucket phi-records via Resource "*"`. */
export function describeGrant(g: PhiGrant): string {
  return `${statementLabel(g.source)} allows ${g.action} on ${g.target.label} via ${g.via.join(', ')}`;
}

export function grantEvidence(gs: readonly PhiGrant[]): Evidence[] {
  return gs.map((g) =>
    ev(statementLabel(g.source), { action: g.action, target: g.target.resource.id, via: g.via, statement: g.source.statement }),
  );
}
