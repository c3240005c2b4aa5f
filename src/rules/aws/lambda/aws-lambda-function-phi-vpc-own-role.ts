import { isIacRef } from '../../../model/refs.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-lambda-function-phi-vpc-own-role',
    title: 'PHI Lambda function runs in a VPC with an execution role no other function uses',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(4)(ii)(B)'],
    resourceTypes: ['AWS::Lambda::Function'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['gap-aws-lambda-phi-vpc-own-role'],
    rationale:
      'A shared execution role gives every function that uses it the union of their permissions: a bug or ' +
      'injected dependency in a thumbnail resizer then reads the PHI table the claims function needs. A PHI ' +
      'function should hold a role of its own (minimum necessary) and run inside the VPC where its data is.',
    remediation: {
      text: 'Give the PHI function its own execution role scoped to the data it needs, and attach it to private VPC subnets.',
      cli: 'aws iam create-role --role-name FUNCTION-role --assume-role-policy-document file://lambda-trust.json\naws lambda update-function-configuration --function-name FUNCTION --role arn:aws:iam::ACCOUNT:role/FUNCTION-role --vpc-config SubnetIds=subnet-aaa,SecurityGroupIds=sg-ccc',
      terraform: 'resource "aws_iam_role" "claims" {\n  assume_role_policy = data.aws_iam_policy_document.lambda_trust.json\n}\nresource "aws_lambda_function" "claims" {\n  # ...\n  role = aws_iam_role.claims.arn\n  vpc_config {\n    subnet_ids         = var.private_subnet_ids\n    security_group_ids = [aws_security_group.claims.id]\n  }\n}',
      cloudformation: 'Role: !GetAtt ClaimsFunctionRole.Arn\nVpcConfig:\n  SubnetIds: !Ref PrivateSubnetIds\n  SecurityGroupIds: [!Ref ClaimsSecurityGroup]',
    },
  },
  evaluate(fn, ctx) {
    if (!ctx.isPhi(fn)) return null;
    const { vpcConfig, role } = fn.props;
    if (isUnknown(vpcConfig)) return unknownResult('vpcConfig', vpcConfig);
    if (vpcConfig === null) return fail('The PHI function runs outside any VPC.', ev('vpcConfig', null));
    if (isUnknown(role)) return unknownResult('role', role);
    const listing = ctx.list('AWS::Lambda::Function', fn);
    const others = listing.resources.filter((o) => o.id !== fn.id);
    const sharing = others.filter((o) => o.props.role === role).map((o) => o.name);
    const roleEv = ev('role', role);
    if (sharing.length > 0) return fail(`The execution role is shared with ${sharing.join(', ')}.`, roleEv, ev('sharedWith', sharing));
    const unsure = others.find((o) => isUnknown(o.props.role));
    if (unsure) return notAssessed(`the role of ${unsure.name} is unknown, so it may be the same one`, roleEv);
    if (!listing.complete) {
      // A role declared in the same template or module is only named by what the scanned
      // files declare; an ARN may be used by stacks that were not scanned.
      if (!isIacRef(role)) return notAssessed(`other functions may use the role: ${listing.reason}`, roleEv);
      return pass('The function runs in a VPC, and no other function in the scanned configuration uses its role.', roleEv);
    }
    return pass('The function runs in a VPC, and no other function in the account uses its role.', roleEv);
  },
});
