import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ecs-task-definition-readonly-root-fs.js';

const T = 'AWS::ECS::TaskDefinition';
const c = (name: string, readonlyRootFilesystem: boolean | ReturnType<typeof unknown>) => ({ name, privileged: false, readonlyRootFilesystem, user: '1000' });

ruleTester(rule, {
  pass: [{ name: 'every container read-only', resource: resource(T, { containers: [c('app', true), c('envoy', true)] }) }],
  fail: [
    { name: 'a writable sidecar', resource: resource(T, { containers: [c('app', true), c('envoy', false)] }), message: /envoy/ },
    { name: 'template default (writable)', resource: resource(T, { containers: [c('app', false)] }, { origin: iacOrigin('Api') }) },
  ],
  not_assessed: [
    { name: 'container definitions unknown until apply', resource: resource(T, { containers: unknown('container_definitions is not valid JSON') }) },
    { name: 'one flag from a parameter', resource: resource(T, { containers: [c('app', unknown('parameter Ro has no value'))] }) },
  ],
});
