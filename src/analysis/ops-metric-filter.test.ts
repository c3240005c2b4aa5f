import { describe, expect, it } from 'vitest';
import { CIS_EVENTS, parseFilterPattern, patternCovers } from './ops-metric-filter.js';

describe('CloudWatch Logs filter patterns against the CIS events', () => {
  it.each([
    ['the CIS console pattern', '{ ($.eventName = ConsoleLogin) && ($.errorMessage = "Failed authentication") }', 'consoleAuthFailures'],
    ['the same, reordered and unparenthesised', '{$.errorMessage="Failed authentication"&&$.eventName="ConsoleLogin"}', 'consoleAuthFailures'],
    ['the CIS root pattern', '{ $.userIdentity.type = "Root" && $.userIdentity.invokedBy NOT EXISTS && $.eventType != "AwsServiceEvent" }', 'rootUsage'],
    [
      'the CIS NACL pattern',
      '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) || ($.eventName = ReplaceNetworkAclAssociation) }',
      'naclChanges',
    ],
    ['a wildcard covering every NACL call', '{ ($.eventSource = ec2.amazonaws.com) && ($.eventName = *NetworkAcl*) }', 'naclChanges'],
    [
      'the CIS v3 route table pattern with eventSource',
      '{($.eventSource = ec2.amazonaws.com) && (($.eventName = CreateRoute) || ($.eventName = CreateRouteTable) || ($.eventName = ReplaceRoute) || ($.eventName = ReplaceRouteTableAssociation) || ($.eventName = DeleteRouteTable) || ($.eventName = DeleteRoute) || ($.eventName = DisassociateRouteTable)) }',
      'routeTableChanges',
    ],
  ] as const)('%s covers the events', (_, pattern, spec) => {
    expect(patternCovers(pattern, CIS_EVENTS[spec])).toBe(true);
  });

  it.each([
    ['root usage without excluding AWS service events', '{ $.userIdentity.type = "Root" }', 'rootUsage'],
    ['a NACL pattern missing ReplaceNetworkAclAssociation', '{ ($.eventName = CreateNetworkAcl) || ($.eventName = CreateNetworkAclEntry) || ($.eventName = DeleteNetworkAcl) || ($.eventName = DeleteNetworkAclEntry) || ($.eventName = ReplaceNetworkAclEntry) }', 'naclChanges'],
    ['a pattern matching every event', '{ $.eventName = * }', 'vpcChanges'],
    ['every console login, successful ones too', '{ $.eventName = ConsoleLogin }', 'consoleAuthFailures'],
  ] as const)('%s does not', (_, pattern, spec) => {
    expect(patternCovers(pattern, CIS_EVENTS[spec])).toBe(false);
  });

  it('does not read term or numeric patterns', () => {
    expect(parseFilterPattern('"Failed authentication"')).toBeUndefined();
    expect(parseFilterPattern('{ $.latency > 5 }')).toBeUndefined();
    expect(parseFilterPattern('{ ($.eventName = X }')).toBeUndefined();
  });
});
