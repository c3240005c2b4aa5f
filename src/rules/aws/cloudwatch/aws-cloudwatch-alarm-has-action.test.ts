import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-cloudwatch-alarm-has-action.js';

const alarm = (props: object, opts = {}) => resource('AWS::CloudWatch::Alarm', props, opts);

ruleTester(rule, {
  pass: [
    { name: 'an SNS action', resource: alarm({}), message: /1 action/ },
    { name: 'a template alarm naming a topic by reference', resource: alarm({ alarmActions: ['ref:t.yaml#Topic'] }, { origin: iacOrigin('Alarm') }) },
  ],
  fail: [
    { name: 'no ALARM action (only OK)', resource: alarm({ alarmActions: [], okActions: ['arn:aws:sns:us-east-1:111122223333:t'] }), message: /no action/ },
    { name: 'actions disabled', resource: alarm({ actionsEnabled: false }), message: /disabled/ },
  ],
  not_assessed: [
    { name: 'the action is an unresolved parameter', resource: alarm({ alarmActions: [unknown('parameter TopicArn has no value')] }), message: /TopicArn/ },
    { name: 'ActionsEnabled unresolved', resource: alarm({ actionsEnabled: unknown('condition IsProd undecidable') }) },
  ],
});
