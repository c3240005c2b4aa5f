import type { EcsContainer, EcsTaskDefinitionProps, EksClusterProps } from '../../../../model/aws/app-containers.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Declared } from '../types.js';
import { block, blocks, bool, literalName, str } from './attrs.js';
import { allUnknown, required, stringList } from './app-common.js';
import { resourceOf } from './common.js';

export const CONTAINER_TYPES = ['aws_ecs_task_definition', 'aws_eks_cluster'];

/**
 * `container_definitions` is JSON text in the container definition API's own shape
 * (camelCase keys). A value Terraform cannot know until apply leaves them unknown.
 */
function containers(v: unknown): Known<EcsContainer[]> {
  if (v === undefined || v === null) return unknown('container_definitions is required but not set');
  if (isUnknown(v)) return v;
  let list: unknown = v;
  if (typeof v === 'string') {
    try {
      list = JSON.parse(v);
    } catch {
      return unknown('container_definitions is not valid JSON (a value known only after apply?)');
    }
  }
  if (!Array.isArray(list)) return unknown('container_definitions is not a list');
  return list.map((c: Record<string, unknown>, i) => {
    const what = `container_definitions[${i}]`;
    const flag = (k: string) => bool(c?.[k], false, `${what}.${k}`);
    const user = str(c?.user, null, `${what}.user`);
    return {
      name: required(c?.name, `${what}.name`),
      privileged: flag('privileged'),
      readonlyRootFilesystem: flag('readonlyRootFilesystem'),
      user: user === '' ? null : user,
    };
  });
}

export function buildTaskDefinition(d: Declared): Resource<'AWS::ECS::TaskDefinition'> {
  const family = literalName(d.attrs.family);
  const opts = family ? { name: family, refs: [family] } : {};
  if (d.unknownReason) {
    return resourceOf(d, 'AWS::ECS::TaskDefinition', allUnknown<EcsTaskDefinitionProps>(['family', 'networkMode', 'requiresCompatibilities', 'containers'], d.unknownReason), opts);
  }
  const compat = stringList(d.attrs.requires_compatibilities, 'requires_compatibilities');
  const fargate = !isUnknown(compat) && compat.includes('FARGATE');
  const props: EcsTaskDefinitionProps = {
    family: required(d.attrs.family, 'family'),
    // Fargate needs awsvpc; on EC2 Linux an unset mode is bridge.
    networkMode: str(d.attrs.network_mode, null, 'network_mode') ?? (fargate ? 'awsvpc' : isUnknown(compat) ? compat : 'bridge'),
    requiresCompatibilities: compat,
    containers: containers(d.attrs.container_definitions),
  };
  return resourceOf(d, 'AWS::ECS::TaskDefinition', props, opts);
}

function secretsKey(v: unknown): Known<string | null> {
  const configs = blocks(v, 'encryption_config');
  if (isUnknown(configs)) return configs;
  for (const c of configs) {
    const resources = stringList(c.resources, 'encryption_config.resources');
    if (isUnknown(resources)) return resources;
    if (!resources.includes('secrets')) continue;
    const provider = block(c.provider, 'encryption_config.provider');
    if (provider === undefined) return unknown('encryption_config.provider is not set');
    if (isUnknown(provider)) return provider;
    return required(provider.key_arn, 'provider.key_arn');
  }
  return null;
}

export function buildEksCluster(d: Declared): Resource<'AWS::EKS::Cluster'> {
  const name = literalName(d.attrs.name);
  const opts = name ? { name, refs: [name] } : {};
  const keys: (keyof EksClusterProps)[] = ['clusterName', 'secretsKmsKeyArn', 'endpointPublicAccess', 'endpointPrivateAccess', 'publicAccessCidrs', 'enabledLogTypes'];
  if (d.unknownReason) return resourceOf(d, 'AWS::EKS::Cluster', allUnknown<EksClusterProps>(keys, d.unknownReason), opts);
  const vpc = block(d.attrs.vpc_config, 'vpc_config');
  const inVpc = (f: (v: Record<string, unknown>) => unknown) => (vpc === undefined || isUnknown(vpc) ? undefined : f(vpc));
  const cidrs = inVpc((v) => v.public_access_cidrs);
  const logs = stringList(d.attrs.enabled_cluster_log_types, 'enabled_cluster_log_types');
  const props: EksClusterProps = {
    clusterName: required(d.attrs.name, 'name'),
    secretsKmsKeyArn: secretsKey(d.attrs.encryption_config),
    // The provider's defaults follow EKS: public endpoint open to every network, no private one.
    endpointPublicAccess: isUnknown(vpc) ? vpc : bool(inVpc((v) => v.endpoint_public_access), true, 'endpoint_public_access'),
    endpointPrivateAccess: isUnknown(vpc) ? vpc : bool(inVpc((v) => v.endpoint_private_access), false, 'endpoint_private_access'),
    publicAccessCidrs: isUnknown(vpc) ? vpc : cidrs === undefined || cidrs === null ? ['0.0.0.0/0'] : stringList(cidrs, 'public_access_cidrs'),
    enabledLogTypes: isUnknown(logs) ? logs : [...logs].sort(),
  };
  return resourceOf(d, 'AWS::EKS::Cluster', props, opts);
}
