import type { LambdaFunctionProps, LambdaFunctionUrl } from '../../../../model/aws/app-lambda.js';
import { lambdaPermissionStatement, withStatement } from '../../../../model/aws/app-lambda-permission.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asList, asNumber, asString, at, isRecord, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

type Fn = Resource<'AWS::Lambda::Function'>;

function strings(v: unknown, what: string): Known<Known<string>[]> {
  const list = asList(v, what);
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  return list.map((x, i) => asString(x, `${what}[${i}]`) ?? unknown(`${what}[${i}] is empty`));
}

/** Only the names: the template's values (often credentials) are never kept. */
function variableNames(p: unknown): Known<string[]> {
  const vars = at(p, 'Environment', 'Variables');
  if (vars === undefined) return [];
  if (isUnknown(vars)) return vars;
  if (!isRecord(vars)) return unknown('Environment.Variables should be a mapping');
  return Object.keys(vars).sort();
}

function vpcConfig(p: unknown): LambdaFunctionProps['vpcConfig'] {
  const vpc = at(p, 'VpcConfig');
  if (vpc === undefined) return null;
  if (isUnknown(vpc)) return vpc;
  const subnetIds = strings(at(vpc, 'SubnetIds'), 'VpcConfig.SubnetIds');
  if (isUnknown(subnetIds)) return subnetIds;
  const securityGroupIds = strings(at(vpc, 'SecurityGroupIds'), 'VpcConfig.SecurityGroupIds');
  if (isUnknown(securityGroupIds)) return securityGroupIds;
  // A VpcConfig with no subnets leaves the function outside any VPC.
  return subnetIds.length === 0 ? null : { subnetIds, securityGroupIds };
}

export function lambdaFunction(res: TemplateResource, ctx: AdapterContext): Fn {
  const p = res.properties;
  const name = asString(at(p, 'FunctionName'), 'FunctionName');
  const id = namedIdentity(res, ctx, name);
  return iacResource(res, ctx, {
    type: 'AWS::Lambda::Function',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      functionName: name ?? unknown('FunctionName is not declared: CloudFormation generates it at deploy time'),
      role: asString(at(p, 'Role'), 'Role') ?? unknown('Role is required but not declared'),
      environmentVariableNames: variableNames(p),
      kmsKeyArn: asString(at(p, 'KmsKeyArn'), 'KmsKeyArn') ?? null,
      vpcConfig: vpcConfig(p),
      reservedConcurrency: asNumber(at(p, 'ReservedConcurrentExecutions'), 'ReservedConcurrentExecutions') ?? null,
      deadLetterTargetArn: asString(at(p, 'DeadLetterConfig', 'TargetArn'), 'DeadLetterConfig.TargetArn') ?? null,
      // Permissions are joined in as statements.
      policy: null,
      functionUrls: [],
    },
  });
}

const opt = (p: unknown, name: string): Known<string | null> => asString(at(p, name), name) ?? null;

/** `AWS::Lambda::Permission` becomes the statement AddPermission would write. */
export const permissionJoin = join({
  type: 'AWS::Lambda::Permission',
  target: 'AWS::Lambda::Function',
  via: 'FunctionName',
  attach(perm, fn, _ctx, exists) {
    const p = perm.properties;
    const st = lambdaPermissionStatement({
      sid: perm.logicalId,
      action: asString(at(p, 'Action'), 'Action') ?? unknown('Action is required but not declared'),
      principal: asString(at(p, 'Principal'), 'Principal') ?? unknown('Principal is required but not declared'),
      sourceArn: opt(p, 'SourceArn'),
      sourceAccount: opt(p, 'SourceAccount'),
      principalOrgId: opt(p, 'PrincipalOrgID'),
      functionUrlAuthType: opt(p, 'FunctionUrlAuthType'),
      exists,
    });
    fn.props.policy = withStatement(fn.props.policy, st);
  },
});

/** `AWS::Lambda::Url` adds a URL to the function it targets. */
export const urlJoin = join({
  type: 'AWS::Lambda::Url',
  target: 'AWS::Lambda::Function',
  via: 'TargetFunctionArn',
  attach(url, fn, _ctx, exists) {
    const urls = fn.props.functionUrls;
    if (isUnknown(urls)) return;
    const auth = asString(at(url.properties, 'AuthType'), 'AuthType') ?? unknown('AuthType is required but not declared');
    let authType: LambdaFunctionUrl['authType'] =
      isUnknown(auth) || auth === 'NONE' || auth === 'AWS_IAM' ? auth : unknown(`AuthType should be NONE or AWS_IAM, not "${auth}"`);
    // A URL open to everyone that may or may not exist cannot be judged either way.
    if (authType === 'NONE' && isUnknown(exists)) authType = unknown(`URL ${url.logicalId} exists only under a condition that cannot be decided: ${exists.$unknown}`);
    urls.push({ authType, qualifier: opt(url.properties, 'Qualifier') });
  },
});
