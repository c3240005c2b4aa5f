import type { Finding } from '../../engine/finding.js';
import type { NodeStatus } from '../../frameworks/hipaa/rollup.js';
import { type Html, html } from './escape.js';

/** Every status carries a symbol and a word as well as a colour: colour is never the only cue. */
export const STATUS_LABEL: Record<NodeStatus | 'suppressed', { symbol: string; text: string }> = {
  pass: { symbol: '✓', text: 'Pass' },
  fail: { symbol: '✗', text: 'Fail' },
  not_assessed: { symbol: '?', text: 'Not assessed' },
  not_applicable: { symbol: '–', text: 'Not applicable' },
  manual: { symbol: '✎', text: 'Manual' },
  suppressed: { symbol: '~', text: 'Suppressed' },
};

export type BadgeStatus = keyof typeof STATUS_LABEL;

export function badge(status: BadgeStatus): Html {
  const l = STATUS_LABEL[status];
  return html`<span class="badge st-${status}"><span aria-hidden="true">${l.symbol}</span> ${l.text}</span>`;
}

/** A finding's displayed status: an exception in force shows as suppressed, over the status kept underneath. */
export function findingStatus(f: Finding): BadgeStatus {
  return f.suppressed ? 'suppressed' : f.status;
}

export function reqLabel(req: 'R' | 'A' | undefined): string {
  return req === 'R' ? 'Required' : req === 'A' ? 'Addressable' : 'Standard';
}

/** Where a resource is: file:line (address) for IaC, account/region for live ones. */
export function where(f: Finding): string {
  const loc = f.resource.location;
  if (loc) return `${loc.file}${loc.line ? `:${loc.line}` : ''} (${loc.address})`;
  const acct = typeof f.resource.account === 'string' ? f.resource.account : 'account unknown';
  const region = typeof f.resource.region === 'string' ? f.resource.region : 'global';
  return `${acct}/${region}`;
}

export const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;
