import type { AnyResource } from '../model/resource.js';
import type { RuleContext } from '../rules/types.js';

/**
 * Whether the resource's account is declared as holding PHI (`phi.accounts`), as opposed to
 * the resource itself being tagged or discovered. The PHI matcher answers for a whole
 * account only through its id, so it is asked about the same account with nothing else
 * that could match: no tags, no name, no identifiers.
 */
export function accountDeclaredPhi(resource: AnyResource, ctx: Pick<RuleContext, 'isPhi'>): boolean {
  if (typeof resource.account !== 'string') return false;
  return ctx.isPhi({ ...resource, id: '', name: '', tags: {}, refs: [] } as AnyResource);
}
