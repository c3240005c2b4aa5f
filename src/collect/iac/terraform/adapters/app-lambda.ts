import type { LambdaFunctionProps, LambdaFunctionUrl } from '../../../../model/aws/app-lambda.js';
import { lambdaPermissionStatement, withStatement } from '../../../../model/aws/app-lambda-permission.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, literalName, num, optStr, str } from './attrs.js';
import { allUnknown, indexOf, required, stringList } from './app-common.js';
import { resourceOf } from './common.js';

export const LAMBDA_TYPES = ['aws_lambda_function', 'aws_lambda_permission', 'aws_lambda_function_url'];

const KEYS: (keyof LambdaFunctionProps)[] = [
  'functionName',
  'role',
  'environmentVariableNames',
  'kmsKeyArn',
  'vpcConfig',
  'reservedConcurrency',
  'deadLetterTargetArn',
  'policy',
  'functionUrls',
];

/** Only the names: values (often credentials) are never kept. */
function variableNames(a: Attrs): Known<string[]> {
  const env = block(a.environment, 'environment');
  if (env === undefined) return [];
  if (isUnknown(env)) return env;
  const vars = env.variables;
  if (vars === undefined || vars === null) return [];
  if (isUnknown(vars)) return vars;
  if (typeof vars !== 'object' || Array.isArray(vars)) return unknown('environment.variables is not a map');
  return Object.keys(vars).sort();
}

function vpcConfig(a: Attrs): LambdaFunctionProps['vpcConfig'] {
  const vpc = block(a.vpc_config, 'vpc_config');
  if (vpc === undefined) return null;
  if (isUnknown(vpc)) return vpc;
  const subnetIds = stringList(vpc.subnet_ids, 'vpc_config.subnet_ids');
  if (isUnknown(subnetIds)) return subnetIds;
  const securityGroupIds = stringList(vpc.security_group_ids, 'vpc_config.security_group_ids');
  if (isUnknown(securityGroupIds)) return securityGroupIds;
  return subnetIds.length === 0 ? null : { subnetIds, securityGroupIds };
}

function functionProps(a: Attrs): LambdaFunctionProps {
  // -1 is the provider's "unreserved"; 0 stops every invocation, a limit all the same.
  const reserved = num(a.reserved_concurrent_executions, -1, 'reserved_concurrent_executions');
  const dlq = block(a.dead_letter_config, 'dead_letter_config');
  return {
    functionName: required(a.function_name, 'function_name'),
    role: required(a.role, 'role'),
    environmentVariableNames: variableNames(a),
    kmsKeyArn: optStr(a.kms_key_arn, 'kms_key_arn'),
    vpcConfig: vpcConfig(a),
    reservedConcurrency: isUnknown(reserved) ? reserved : reserved === null || reserved < 0 ? null : reserved,
    deadLetterTargetArn: dlq === undefined ? null : isUnknown(dlq) ? dlq : optStr(dlq.target_arn, 'dead_letter_config.target_arn'),
    policy: null,
    functionUrls: [],
  };
}

/**
 * Functions, with `aws_lambda_permission` joined in as policy statements and
 * `aws_lambda_function_url` as URLs, matched by `function_name` (name, ARN or reference).
 */
export function buildFunctions(fns: Declared[], permissions: Declared[], urls: Declared[]): Resource<'AWS::Lambda::Function'>[] {
  const index = indexOf(fns, (d) => [d.attrs.function_name]);
  const props = fns.map((d) => (d.unknownReason ? allUnknown<LambdaFunctionProps>(KEYS, d.unknownReason) : functionProps(d.attrs)));
  for (const perm of permissions) {
    const i = index.get(perm.attrs.function_name);
    if (i === undefined) continue;
    const a = perm.attrs;
    const st = lambdaPermissionStatement({
      sid: perm.address,
      action: required(a.action, 'action'),
      principal: required(a.principal, 'principal'),
      sourceArn: optStr(a.source_arn, 'source_arn'),
      sourceAccount: optStr(a.source_account, 'source_account'),
      principalOrgId: optStr(a.principal_org_id, 'principal_org_id'),
      functionUrlAuthType: optStr(a.function_url_auth_type, 'function_url_auth_type'),
      exists: perm.unknownReason ? unknown(perm.unknownReason) : true,
    });
    props[i]!.policy = withStatement(props[i]!.policy, st);
  }
  for (const url of urls) {
    const i = index.get(url.attrs.function_name);
    const list = i === undefined ? undefined : props[i]!.functionUrls;
    if (!list || isUnknown(list)) continue;
    const auth = required(url.attrs.authorization_type, 'authorization_type');
    let authType: LambdaFunctionUrl['authType'] =
      isUnknown(auth) || auth === 'NONE' || auth === 'AWS_IAM' ? auth : unknown(`authorization_type should be NONE or AWS_IAM, not "${auth}"`);
    if (authType === 'NONE' && url.unknownReason) authType = unknown(url.unknownReason);
    list.push({ authType, qualifier: str(url.attrs.qualifier, null, 'qualifier') });
  }
  return fns.map((d, i) => {
    const name = literalName(d.attrs.function_name);
    return resourceOf(d, 'AWS::Lambda::Function', props[i]!, { ...(name ? { name, refs: [name] } : {}) });
  });
}
