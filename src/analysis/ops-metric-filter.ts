/**
 * CloudWatch Logs JSON filter patterns (`{ ($.eventName = ConsoleLogin) && ($.errorMessage =
 * "Failed authentication") }`), parsed and run against sample events. Judging a filter by
 * what it matches, not by its text, recognises every equivalent spelling: reordered terms,
 * extra parentheses, quotes or none, `*` wildcards, `||` chains or a wildcard covering them.
 */

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'cmp'; field: string; op: '=' | '!='; value: string }
  | { kind: 'exists'; field: string; negated: boolean };

/** A flat event: dotted field paths (`userIdentity.type`) to values. */
export type SampleEvent = Readonly<Record<string, string>>;

type Tok = { t: 'lp' | 'rp' | 'and' | 'or' | 'op'; v: string } | { t: 'sel' | 'val'; v: string };

function tokenize(src: string): Tok[] | undefined {
  const out: Tok[] = [];
  let i = 0;
  while (i < src.length) {
    const c = src[i]!;
    if (/\s/.test(c)) i++;
    else if (c === '(' || c === ')') (out.push({ t: c === '(' ? 'lp' : 'rp', v: c }), i++);
    else if (src.startsWith('&&', i)) (out.push({ t: 'and', v: '&&' }), (i += 2));
    else if (src.startsWith('||', i)) (out.push({ t: 'or', v: '||' }), (i += 2));
    else if (src.startsWith('!=', i)) (out.push({ t: 'op', v: '!=' }), (i += 2));
    else if (c === '=') (out.push({ t: 'op', v: '=' }), i++);
    else if (c === '"') {
      let j = i + 1;
      let s = '';
      while (j < src.length && src[j] !== '"') {
        if (src[j] === '\\' && j + 1 < src.length) j++;
        s += src[j];
        j++;
      }
      if (j >= src.length) return undefined;
      out.push({ t: 'val', v: s });
      i = j + 1;
    } else {
      const m = /^[^\s()=!&|"]+/.exec(src.slice(i));
      if (!m) return undefined;
      out.push({ t: m[0].startsWith('$.') ? 'sel' : 'val', v: m[0] });
      i += m[0].length;
    }
  }
  return out;
}

/** Parses a JSON filter pattern; undefined for anything else (term patterns, numeric comparisons). */
export function parseFilterPattern(pattern: string): FilterExpr | undefined {
  const body = /^\s*\{([\s\S]*)\}\s*$/.exec(pattern)?.[1];
  if (body === undefined) return undefined;
  const toks = tokenize(body);
  if (!toks) return undefined;
  let pos = 0;
  const peek = () => toks[pos];
  const or = (): FilterExpr | undefined => {
    let left = and();
    while (left && peek()?.t === 'or') {
      pos++;
      const right = and();
      left = right ? { kind: 'or', left, right } : undefined;
    }
    return left;
  };
  const and = (): FilterExpr | undefined => {
    let left = term();
    while (left && peek()?.t === 'and') {
      pos++;
      const right = term();
      left = right ? { kind: 'and', left, right } : undefined;
    }
    return left;
  };
  const term = (): FilterExpr | undefined => {
    const tok = toks[pos++];
    if (!tok) return undefined;
    if (tok.t === 'lp') {
      const inner = or();
      return toks[pos++]?.t === 'rp' ? inner : undefined;
    }
    if (tok.t !== 'sel') return undefined;
    const field = tok.v.slice(2);
    const next = toks[pos++];
    if (next?.t === 'op') {
      const value = toks[pos++];
      return value?.t === 'val' ? { kind: 'cmp', field, op: next.v as '=' | '!=', value: value.v } : undefined;
    }
    if (next?.t === 'val' && next.v === 'EXISTS') return { kind: 'exists', field, negated: false };
    if (next?.t === 'val' && next.v === 'NOT' && toks[pos]?.v === 'EXISTS') return (pos++, { kind: 'exists', field, negated: true });
    return undefined;
  };
  const expr = or();
  return expr && pos === toks.length ? expr : undefined;
}

function like(pattern: string, value: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(value);
}

/** Whether the parsed pattern matches the event. A comparison on an absent field never matches. */
export function matchesEvent(expr: FilterExpr, event: SampleEvent): boolean {
  switch (expr.kind) {
    case 'and':
      return matchesEvent(expr.left, event) && matchesEvent(expr.right, event);
    case 'or':
      return matchesEvent(expr.left, event) || matchesEvent(expr.right, event);
    case 'exists':
      return Object.hasOwn(event, expr.field) !== expr.negated;
    case 'cmp': {
      if (!Object.hasOwn(event, expr.field)) return false;
      const hit = like(expr.value, event[expr.field]!);
      return expr.op === '=' ? hit : !hit;
    }
  }
}

/**
 * What a CIS alarm's filter must catch: every `positive` event, and not the `negative`
 * ones (a filter matching everything pages on every API call, so nobody reads it).
 */
export interface EventSpec {
  positive: SampleEvent[];
  negative: SampleEvent[];
}

/** true: the pattern catches what the spec asks; false: it does not; undefined: it could not be read. */
export function patternCovers(pattern: string, spec: EventSpec): boolean | undefined {
  const expr = parseFilterPattern(pattern);
  if (!expr) return undefined;
  return spec.positive.every((e) => matchesEvent(expr, e)) && !spec.negative.some((e) => matchesEvent(expr, e));
}

const api = (eventName: string, over: Record<string, string> = {}): SampleEvent => ({
  eventVersion: '1.09',
  eventSource: 'ec2.amazonaws.com',
  eventName,
  eventType: 'AwsApiCall',
  'userIdentity.type': 'IAMUser',
  awsRegion: 'us-east-1',
  ...over,
});
const ec2Calls = (...names: string[]): EventSpec => ({ positive: names.map((n) => api(n)), negative: [api('DescribeInstances'), api('RunInstances')] });

/** The CIS AWS Foundations benchmark's monitored events, as samples. */
export const CIS_EVENTS = {
  consoleAuthFailures: {
    positive: [api('ConsoleLogin', { eventSource: 'signin.amazonaws.com', eventType: 'AwsConsoleSignIn', errorMessage: 'Failed authentication' })],
    negative: [api('ConsoleLogin', { eventSource: 'signin.amazonaws.com', eventType: 'AwsConsoleSignIn', 'responseElements.ConsoleLogin': 'Success' })],
  },
  rootUsage: {
    positive: [
      api('ConsoleLogin', { eventSource: 'signin.amazonaws.com', eventType: 'AwsConsoleSignIn', 'userIdentity.type': 'Root' }),
      api('CreateAccessKey', { eventSource: 'iam.amazonaws.com', 'userIdentity.type': 'Root' }),
    ],
    negative: [
      api('CreateAccessKey', { eventSource: 'iam.amazonaws.com' }),
      // AWS acting on the root's behalf is not root usage.
      api('AssumeRole', { eventSource: 'sts.amazonaws.com', eventType: 'AwsServiceEvent', 'userIdentity.type': 'Root', 'userIdentity.invokedBy': 'support.amazonaws.com' }),
    ],
  },
  naclChanges: ec2Calls('CreateNetworkAcl', 'CreateNetworkAclEntry', 'DeleteNetworkAcl', 'DeleteNetworkAclEntry', 'ReplaceNetworkAclEntry', 'ReplaceNetworkAclAssociation'),
  networkGatewayChanges: ec2Calls('CreateCustomerGateway', 'DeleteCustomerGateway', 'AttachInternetGateway', 'CreateInternetGateway', 'DeleteInternetGateway', 'DetachInternetGateway'),
  routeTableChanges: ec2Calls('CreateRoute', 'CreateRouteTable', 'ReplaceRoute', 'ReplaceRouteTableAssociation', 'DeleteRouteTable', 'DeleteRoute', 'DisassociateRouteTable'),
  vpcChanges: ec2Calls(
    'CreateVpc',
    'DeleteVpc',
    'ModifyVpcAttribute',
    'AcceptVpcPeeringConnection',
    'CreateVpcPeeringConnection',
    'DeleteVpcPeeringConnection',
    'RejectVpcPeeringConnection',
    'AttachClassicLinkVpc',
    'DetachClassicLinkVpc',
    'DisableVpcClassicLink',
    'EnableVpcClassicLink',
  ),
} satisfies Record<string, EventSpec>;
