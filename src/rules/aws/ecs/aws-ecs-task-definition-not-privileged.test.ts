import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ecs-task-definition-not-privileged.js';

const T = 'AWS::ECS::TaskDefinition';
const c = (name: string, privileged: boolean | ReturnType<typeof unknown>) => ({ name, privileged, readonlyRootFilesystem: true, user: '1000' });

ruleTester(rule, {
  pass: [{ name: 'nothing privileged', resource: resource(T), message: /No container/ }],
  fail: [{ name: 'privileged agent', resource: resource(T, { containers: [c('app', false), c('agent', true)] }), message: /agent/ }],
  not_assessed: [
    { name: 'describe denied', resource: resource(T, { containers: unknown('AccessDenied on ecs:DescribeTaskDefinition') }) },
    { name: 'flag unknown', resource: resource(T, { containers: [c('app', unknown('parameter P has no value'))] }) },
  ],
});
