import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-url-iam-auth',
    title: 'Lambda function URLs require IAM authentication',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.312(d)', '164.308(a)(3)(i)'],
    resourceTypes: ['AWS::Lambda::Function'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['lambda-function-url-not-public'],
    rationale:
      'A function URL with AuthType NONE is an HTTPS endpoint on the internet that anyone holding the URL can ' +
      'call: the function then has to authenticate callers itself. AWS_IAM makes Lambda reject any request that ' +
      'is not signed by a principal the policies allow, before the code that can reach PHI runs.',
    remediation: {
      text: 'Set the function URL auth type to AWS_IAM, or put the function behind an API Gateway or ALB with authentication.',
      cli: 'aws lambda update-function-url-config --function-name FUNCTION --auth-type AWS_IAM',
      terraform: 'resource "aws_lambda_function_url" "this" {\n  function_name      = aws_lambda_function.this.function_name\n  authorization_type = "AWS_IAM"\n}',
      cloudformation: 'FunctionUrl:\n  Type: AWS::Lambda::Url\n  Properties:\n    TargetFunctionArn: !GetAtt Function.Arn\n    AuthType: AWS_IAM',
    },
  },
  evaluate(fn) {
    const urls = fn.props.functionUrls;
    if (isUnknown(urls)) return unknownResult('functionUrls', urls);
    // A function without a URL is not reachable this way.
    if (urls.length === 0) return null;
    const open = urls.filter((u) => u.authType === 'NONE');
    if (open.length > 0) {
      const which = open.map((u) => (typeof u.qualifier === 'string' ? `alias ${u.qualifier}` : 'the function')).join(', ');
      return fail(`A function URL accepts unauthenticated requests (AuthType NONE) for ${which}.`, ev('functionUrls', urls));
    }
    const unsure = urls.find((u) => isUnknown(u.authType));
    if (unsure) return unknownResult('functionUrls.authType', unsure.authType);
    return pass('Every function URL requires IAM-signed requests.', ev('functionUrls', urls));
  },
});
