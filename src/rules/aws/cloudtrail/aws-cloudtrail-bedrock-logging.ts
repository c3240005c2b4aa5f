import { z } from 'zod';
import type { TrailEventSelector } from '../../../model/aws/cloudtrail.js';
import type { Resource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass } from '../../result.js';

const SOURCE = 'bedrock.amazonaws.com';

/**
 * Does a management selector record Bedrock's model invocations? InvokeModel, Converse and
 * their streaming forms are management events with readOnly = true, so a WriteOnly
 * selector, one excluding bedrock.amazonaws.com or one narrowed by event name misses them.
 */
function recordsInvocations(sel: TrailEventSelector): boolean | string {
  if (sel.category !== 'Management' || sel.readWrite === 'WriteOnly' || sel.narrowed) return false;
  const unknownValue = [...sel.eventSources, ...sel.excludedEventSources].find(isUnknown);
  if (unknownValue) return unknownValue.$unknown;
  if (sel.excludedEventSources.includes(SOURCE)) return false;
  return sel.eventSources.length === 0 || sel.eventSources.includes(SOURCE);
}

/** Does a data selector record events of `type`? Narrowing by ARN or event name counts, as CIS allows it for cost. */
function recordsData(sel: TrailEventSelector, type: string): boolean | string {
  if (sel.category !== 'Data') return false;
  const u = sel.resourceTypes.find(isUnknown);
  if (sel.resourceTypes.includes(type)) return true;
  return u ? u.$unknown : false;
}

type Trail = Resource<'AWS::CloudTrail::Trail'>;

export default defineRule({
  meta: {
    id: 'aws-cloudtrail-bedrock-logging',
    title: 'CloudTrail records Amazon Bedrock model invocations and Bedrock data events',
    severity: 'medium',
    hipaa: ['164.312(b)', '164.308(a)(1)(ii)(D)'],
    resourceTypes: ['AWS::Account'],
    sources: ['live'],
    covers: ['cloudtrail-bedrock-logging'],
    rationale:
      'Prompts sent to Bedrock often carry ePHI. CloudTrail records InvokeModel and Converse calls as read-only ' +
      'management events, but agent invocations, knowledge-base retrievals, flow invocations and guardrail ' +
      'evaluations only as data events, which no trail records unless told to. Without both, who sent patient ' +
      'data to which model or agent cannot be reconstructed (164.312(b)).',
    remediation: {
      text: 'On a logging multi-region trail, record read as well as write management events without excluding bedrock.amazonaws.com, and add advanced event selectors with eventCategory = Data for each Bedrock resource type in use.',
      cli: 'aws cloudtrail put-event-selectors --trail-name TRAIL --advanced-event-selectors \'[{"Name":"Management","FieldSelectors":[{"Field":"eventCategory","Equals":["Management"]}]},{"Name":"Bedrock agents","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::Bedrock::AgentAlias"]}]},{"Name":"Bedrock knowledge bases","FieldSelectors":[{"Field":"eventCategory","Equals":["Data"]},{"Field":"resources.type","Equals":["AWS::Bedrock::KnowledgeBase"]}]}]\'',
    },
  },
  options: z.object({
    /** Bedrock data-event resource types that must be recorded (those in use). */
    dataEventTypes: z
      .array(z.string().startsWith('AWS::Bedrock'))
      .default(['AWS::Bedrock::AgentAlias', 'AWS::Bedrock::KnowledgeBase', 'AWS::Bedrock::FlowAlias', 'AWS::Bedrock::Guardrail']),
  }),
  evaluate(account, ctx) {
    const listing = ctx.list('AWS::CloudTrail::Trail', account);
    const needs = ['invocations (management events)', ...ctx.options.dataEventTypes];
    const found = new Map<string, string>();
    let open: string | undefined;
    // Only a logging trail that sees every region records Bedrock wherever it is used.
    const trails = listing.resources.filter((t: Trail) => {
      const { isLogging, isMultiRegion } = t.props;
      const u = [isLogging, isMultiRegion].find(isUnknown);
      if (u) open ??= `trail ${t.name}: ${u.$unknown}`;
      return isLogging === true && isMultiRegion === true;
    });
    for (const trail of trails) {
      const selectors = trail.props.eventSelectors;
      if (isUnknown(selectors)) {
        open ??= `trail ${trail.name}: eventSelectors is unknown: ${selectors.$unknown}`;
        continue;
      }
      for (const need of needs) {
        if (found.has(need)) continue;
        const hits = selectors.map((s) => (need === needs[0] ? recordsInvocations(s) : recordsData(s, need)));
        if (hits.includes(true)) found.set(need, trail.name);
        else {
          const u = hits.find((h): h is string => typeof h === 'string');
          if (u) open ??= `trail ${trail.name}: ${u}`;
        }
      }
    }
    const missing = needs.filter((n) => !found.has(n));
    const evidence = [ev('recordedBy', Object.fromEntries(found)), ev('missing', missing), ev('trails', listing.resources.map((t) => t.name))];
    if (missing.length === 0) return pass(`Bedrock invocations and data events are recorded (${[...new Set(found.values())].join(', ')}).`, ...evidence);
    if (open) return notAssessed(open, ...evidence);
    if (!listing.complete) return notAssessed(`no logging multi-region trail was seen recording ${missing.join(', ')}, and the trail list is incomplete: ${listing.reason}`, ...evidence);
    return fail(`No logging multi-region trail records Bedrock ${missing.join(', ')}.`, ...evidence);
  },
});
