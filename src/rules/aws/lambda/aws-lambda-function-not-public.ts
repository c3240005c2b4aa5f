import { publicStatements } from '../../../analysis/app-lambda.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-not-public',
    title: 'Lambda function resource policy grants no public or unscoped service access',
    severity: 'critical',
    hipaa: ['164.312(a)(1)', '164.308(a)(3)(i)', '164.308(a)(4)(ii)(C)', '164.312(e)(1)'],
    resourceTypes: ['AWS::Lambda::Function'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['lambda-no-public-resource-policy'],
    rationale:
      'A function that processes PHI runs with a role that can read it. A resource policy that lets everyone ' +
      'invoke the function, or lets a service (S3, EventBridge, SNS) invoke it on behalf of any account because ' +
      'no aws:SourceArn or aws:SourceAccount condition pins the source, hands that reach to strangers.',
    remediation: {
      text: 'Remove statements that grant Principal "*" without a restricting condition, and add a SourceArn (and SourceAccount) condition to every grant to a service principal.',
      cli: 'aws lambda remove-permission --function-name FUNCTION --statement-id SID\naws lambda add-permission --function-name FUNCTION --statement-id s3-invoke --action lambda:InvokeFunction --principal s3.amazonaws.com --source-arn arn:aws:s3:::BUCKET --source-account ACCOUNT',
      terraform:
        'resource "aws_lambda_permission" "s3" {\n  function_name  = aws_lambda_function.this.function_name\n  action         = "lambda:InvokeFunction"\n  principal      = "s3.amazonaws.com"\n  source_arn     = aws_s3_bucket.inbox.arn\n  source_account = data.aws_caller_identity.current.account_id\n}',
      cloudformation:
        'S3Invoke:\n  Type: AWS::Lambda::Permission\n  Properties:\n    FunctionName: !Ref Function\n    Action: lambda:InvokeFunction\n    Principal: s3.amazonaws.com\n    SourceArn: !GetAtt Inbox.Arn\n    SourceAccount: !Ref AWS::AccountId',
    },
  },
  evaluate(fn) {
    const policy = fn.props.policy;
    if (isUnknown(policy)) return unknownResult('policy', policy);
    if (policy === null) return pass('The function has no resource policy.', ev('policy', null));
    const found = publicStatements(policy);
    const sids = found.public.map((st, i) => st.sid ?? `statement ${i + 1}`);
    if (sids.length > 0) {
      return fail(`The resource policy grants access to anyone or to an unscoped service: ${sids.join(', ')}.`, ev('policy.statements', found.public));
    }
    if (found.unknown && isUnknown(found.unknown)) return notAssessed(`a statement cannot be judged: ${found.unknown.$unknown}`, ev('policy', policy));
    return pass('Every statement of the resource policy names known callers or scopes its service to a source.', ev('policy.statements', policy.statements.length));
  },
});
