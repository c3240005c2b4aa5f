import { IAC_LIMITS } from '../limits.js';

export type ExpansionFault = 'too-many-nodes' | 'too-deep';

/**
 * js-yaml loads an alias as a shared reference, so a "billion laughs" document loads in
 * microseconds and explodes only when something walks it. Walk it once here the way every
 * consumer would, counting each visit of a shared node again, and stop at the first limit
 * crossed. A recursive alias (`&a [*a]`) is a cycle, which shows up as too deep.
 */
export function checkExpansion(root: unknown, limits = IAC_LIMITS): ExpansionFault | null {
  let visited = 1;
  let fault: ExpansionFault | null = null;

  const walk = (value: object, depth: number): boolean => {
    if (depth > limits.maxDepth) {
      fault = 'too-deep';
      return false;
    }
    const children: unknown[] = Array.isArray(value) ? value : Object.values(value);
    visited += children.length;
    if (visited > limits.maxExpandedNodes) {
      fault = 'too-many-nodes';
      return false;
    }
    for (const child of children) {
      if (child !== null && typeof child === 'object' && !walk(child, depth + 1)) return false;
    }
    return true;
  };

  if (root !== null && typeof root === 'object') walk(root, 1);
  return fault;
}
