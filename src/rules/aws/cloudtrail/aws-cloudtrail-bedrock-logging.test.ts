import type { TrailEventSelector } from '../../../model/aws/cloudtrail.js';
import { unknown } from '../../../model/unknown.js';
import { ACCOUNT, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudtrail-bedrock-logging.js';

const account = resource('AWS::Account');
const mgmt = (over: Partial<TrailEventSelector> = {}): TrailEventSelector => ({
  category: 'Management',
  readWrite: 'All',
  resourceTypes: [],
  eventSources: [],
  excludedEventSources: [],
  narrowed: false,
  ...over,
});
const data = (...types: string[]): TrailEventSelector => ({ ...mgmt(), category: 'Data', resourceTypes: types });
const ALL_BEDROCK = data('AWS::Bedrock::AgentAlias', 'AWS::Bedrock::KnowledgeBase', 'AWS::Bedrock::FlowAlias', 'AWS::Bedrock::Guardrail');
const trail = (eventSelectors: unknown, props: object = {}, name = 'org-trail') =>
  resource('AWS::CloudTrail::Trail', { eventSelectors: eventSelectors as TrailEventSelector[], ...props }, { name });

ruleTester(rule, {
  pass: [
    { name: 'management events and every Bedrock data type on one trail', resource: account, others: [trail([mgmt(), ALL_BEDROCK])], message: /org-trail/ },
    {
      name: 'management on one trail, Bedrock data on another',
      resource: account,
      others: [trail([mgmt()], {}, 'mgmt'), trail([{ ...ALL_BEDROCK, narrowed: true }], {}, 'bedrock')],
    },
    { name: 'only agents are in use, by option', resource: account, others: [trail([mgmt(), data('AWS::Bedrock::AgentAlias')])], options: { dataEventTypes: ['AWS::Bedrock::AgentAlias'] } },
  ],
  fail: [
    { name: 'management events only (the default trail)', resource: account, others: [trail([mgmt()])], message: /AWS::Bedrock::AgentAlias, AWS::Bedrock::KnowledgeBase/ },
    {
      name: 'write-only management events miss InvokeModel, which is read-only',
      resource: account,
      others: [trail([mgmt({ readWrite: 'WriteOnly' }), ALL_BEDROCK])],
      message: /invocations/,
    },
    {
      name: 'bedrock.amazonaws.com excluded to save cost',
      resource: account,
      others: [trail([mgmt({ excludedEventSources: ['bedrock.amazonaws.com'] }), ALL_BEDROCK])],
      message: /invocations/,
    },
    { name: 'the recording trail is single-region', resource: account, others: [trail([mgmt(), ALL_BEDROCK], { isMultiRegion: false })] },
    { name: 'no trail at all', resource: account },
  ],
  not_assessed: [
    {
      name: 'the selectors could not be read',
      resource: account,
      others: [trail(unknown('AccessDenied on cloudtrail:GetEventSelectors'))],
      message: /GetEventSelectors/,
    },
    {
      name: 'nothing found and the trail list is incomplete',
      resource: account,
      coverage: [{ provider: 'aws', account: ACCOUNT, type: 'AWS::CloudTrail::Trail', complete: false, reasons: ['AccessDenied on cloudtrail:DescribeTrails in eu-west-1'] }],
      message: /incomplete/,
    },
  ],
});
