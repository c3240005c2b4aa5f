import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ecs-task-definition-host-mode-non-root.js';

const T = 'AWS::ECS::TaskDefinition';
const host = (...users: (string | null | ReturnType<typeof unknown>)[]) =>
  resource(T, { networkMode: 'host', containers: users.map((user, i) => ({ name: `c${i}`, privileged: false, readonlyRootFilesystem: true, user })) });

ruleTester(rule, {
  pass: [
    { name: 'named users', resource: host('agent', '1000:1000'), message: /non-root/ },
    { name: 'uid 1001', resource: host('1001') },
  ],
  fail: [
    { name: 'no user (image default)', resource: host(null), message: /c0/ },
    { name: 'root by name', resource: host('agent', 'root') },
    { name: 'uid 0 with a group', resource: host('0:1000') },
  ],
  not_assessed: [
    { name: 'user from a parameter', resource: host(unknown('parameter User has no value')) },
    { name: 'network mode unknown', resource: resource(T, { networkMode: unknown('var.mode has no value') }) },
  ],
  not_applicable: [{ name: 'awsvpc task', resource: resource(T, { containers: [{ name: 'a', privileged: false, readonlyRootFilesystem: true, user: null }] }) }],
});
