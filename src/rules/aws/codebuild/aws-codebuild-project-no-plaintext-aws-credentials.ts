import { isUnknown, type Unknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

/** The variables the AWS CLI and SDKs read as credentials. */
const CREDENTIAL_NAMES = new Set(['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN']);

export default defineRule({
  meta: {
    id: 'aws-codebuild-project-no-plaintext-aws-credentials',
    title: 'CodeBuild project keeps no AWS credentials in plaintext environment variables',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::CodeBuild::Project'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['codebuild-no-plaintext-aws-credentials'],
    rationale:
      'A PLAINTEXT variable is shown to anyone who can read the project (codebuild:BatchGetProjects, the console, ' +
      'the template or the Terraform state) and lands in build logs. Access keys there are long-lived credentials ' +
      'outside IAM role control that reach whatever PHI the key owner can, with no way to tell who used them.',
    remediation: {
      text: 'Remove the access keys, rotate them, and let builds use the project service role. If another account is needed, assume a role, or reference a SECRETS_MANAGER / PARAMETER_STORE variable.',
      cli: 'aws codebuild update-project --name PROJECT --environment file://environment-without-keys.json && aws iam delete-access-key --user-name USER --access-key-id AKIA...',
      terraform: 'environment {\n  # ...\n  environment_variable {\n    name  = "DEPLOY_ROLE_ARN"\n    value = aws_iam_role.deploy.arn\n  }\n}\n# Credentials come from service_role; never AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY here.',
      cloudformation: 'Environment:\n  # ...\n  EnvironmentVariables:\n    - Name: DEPLOY_ROLE_ARN\n      Value: !GetAtt DeployRole.Arn\n# Credentials come from ServiceRole, never AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY here.',
    },
  },
  evaluate(project) {
    const vars = project.props.environmentVariables;
    if (isUnknown(vars)) return unknownResult('environmentVariables', vars);
    const exposed: string[] = [];
    let undecided: { path: string; value: Unknown } | undefined;
    vars.forEach((v, i) => {
      if (isUnknown(v.name)) undecided ??= { path: `environmentVariables[${i}].name`, value: v.name };
      else if (CREDENTIAL_NAMES.has(v.name.toUpperCase())) {
        if (isUnknown(v.type)) undecided ??= { path: `environmentVariables[${i}].type`, value: v.type };
        else if (v.type === 'PLAINTEXT') exposed.push(v.name);
      }
    });
    if (exposed.length > 0) {
      return fail(`AWS credentials are kept in plaintext environment variables: ${exposed.join(', ')}.`, ev('environmentVariables', vars));
    }
    if (undecided) return unknownResult(undecided.path, undecided.value);
    return pass('No AWS credential is kept in a plaintext environment variable.', ev('environmentVariables', vars));
  },
});
