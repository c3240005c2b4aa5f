import { unknown } from '../../../model/unknown.js';
import { iacOrigin, resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-codebuild-project-no-plaintext-aws-credentials.js';

const P = 'AWS::CodeBuild::Project';
const vars = (...v: { name: string | ReturnType<typeof unknown>; type: string | ReturnType<typeof unknown> }[]) => ({ environmentVariables: v });

ruleTester(rule, {
  pass: [
    { name: 'no credential variables', resource: resource(P), message: /No AWS credential/ },
    { name: 'keys from Secrets Manager', resource: resource(P, vars({ name: 'AWS_SECRET_ACCESS_KEY', type: 'SECRETS_MANAGER' }, { name: 'AWS_ACCESS_KEY_ID', type: 'PARAMETER_STORE' })) },
  ],
  fail: [
    { name: 'plaintext secret key', resource: resource(P, vars({ name: 'AWS_ACCESS_KEY_ID', type: 'PLAINTEXT' }, { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT' })), message: /AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY/ },
    { name: 'template, default type, despite another unknown name', resource: resource(P, vars({ name: unknown('parameter N has no value'), type: 'PLAINTEXT' }, { name: 'AWS_SECRET_ACCESS_KEY', type: 'PLAINTEXT' }), { origin: iacOrigin('Build') }) },
  ],
  not_assessed: [
    { name: 'variables denied', resource: resource(P, { environmentVariables: unknown('AccessDenied on codebuild:BatchGetProjects') }) },
    { name: 'a variable name from a parameter', resource: resource(P, vars({ name: unknown('parameter N has no value'), type: 'PLAINTEXT' })) },
    { name: 'credential type from a variable', resource: resource(P, vars({ name: 'AWS_SECRET_ACCESS_KEY', type: unknown('var.t has no value') })) },
  ],
});
