import type { EcsContainer, EcsTaskDefinitionProps, EksClusterProps } from '../../../../model/aws/app-containers.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

function strings(v: unknown, what: string, dflt: string[]): Known<Known<string>[]> {
  const list = asList(v, what);
  if (list === undefined) return dflt;
  if (isUnknown(list)) return list;
  return list.map((x, i) => asString(x, `${what}[${i}]`) ?? unknown(`${what}[${i}] is empty`));
}

function containers(p: unknown): Known<EcsContainer[]> {
  const list = asList(at(p, 'ContainerDefinitions'), 'ContainerDefinitions');
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  return list.map((c, i) => {
    const what = `ContainerDefinitions[${i}]`;
    return {
      name: asString(at(c, 'Name'), `${what}.Name`) ?? unknown(`${what}.Name is not declared`),
      privileged: asBoolean(at(c, 'Privileged'), `${what}.Privileged`) ?? false,
      readonlyRootFilesystem: asBoolean(at(c, 'ReadonlyRootFilesystem'), `${what}.ReadonlyRootFilesystem`) ?? false,
      user: asString(at(c, 'User'), `${what}.User`) || null,
    };
  });
}

export function ecsTaskDefinition(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::ECS::TaskDefinition'> {
  const p = res.properties;
  const family = asString(at(p, 'Family'), 'Family');
  const id = namedIdentity(res, ctx, family);
  const compat = strings(at(p, 'RequiresCompatibilities'), 'RequiresCompatibilities', []);
  const fargate = !isUnknown(compat) && compat.includes('FARGATE');
  const props: EcsTaskDefinitionProps = {
    family: family ?? unknown('Family is not declared: CloudFormation generates it at deploy time'),
    // Fargate needs awsvpc; on EC2 Linux an unset mode is bridge.
    networkMode: asString(at(p, 'NetworkMode'), 'NetworkMode') ?? (fargate ? 'awsvpc' : isUnknown(compat) ? compat : 'bridge'),
    requiresCompatibilities: isUnknown(compat) ? compat : (compat.find(isUnknown) ?? (compat as string[])),
    containers: containers(p),
  };
  return iacResource(res, ctx, { type: 'AWS::ECS::TaskDefinition', name: id.name, tags: tagsOf(at(p, 'Tags')), refs: id.refs, props });
}

function secretsKey(p: unknown): Known<string | null> {
  const configs = asList(at(p, 'EncryptionConfig'), 'EncryptionConfig');
  if (configs === undefined) return null;
  if (isUnknown(configs)) return configs;
  for (let i = 0; i < configs.length; i++) {
    const resources = strings(at(configs[i], 'Resources'), 'EncryptionConfig.Resources', []);
    if (isUnknown(resources)) return resources;
    if (resources.includes('secrets')) return asString(at(configs[i], 'Provider', 'KeyArn'), 'Provider.KeyArn') ?? unknown('Provider.KeyArn is not declared');
  }
  return null;
}

function logTypes(p: unknown): Known<string[]> {
  const types = asList(at(p, 'Logging', 'ClusterLogging', 'EnabledTypes'), 'EnabledTypes');
  if (types === undefined) return [];
  if (isUnknown(types)) return types;
  const out: string[] = [];
  for (let i = 0; i < types.length; i++) {
    const t = asString(at(types[i], 'Type'), `EnabledTypes[${i}].Type`);
    if (isUnknown(t)) return t;
    if (t) out.push(t);
  }
  return out.sort();
}

export function eksCluster(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EKS::Cluster'> {
  const p = res.properties;
  const name = asString(at(p, 'Name'), 'Name');
  const id = namedIdentity(res, ctx, name);
  const vpc = (prop: string) => at(p, 'ResourcesVpcConfig', prop);
  const props: EksClusterProps = {
    clusterName: name ?? unknown('Name is not declared: CloudFormation generates it at deploy time'),
    secretsKmsKeyArn: secretsKey(p),
    // EKS's defaults: a public endpoint open to every network, no private endpoint.
    endpointPublicAccess: asBoolean(vpc('EndpointPublicAccess'), 'EndpointPublicAccess') ?? true,
    endpointPrivateAccess: asBoolean(vpc('EndpointPrivateAccess'), 'EndpointPrivateAccess') ?? false,
    publicAccessCidrs: strings(vpc('PublicAccessCidrs'), 'PublicAccessCidrs', ['0.0.0.0/0']),
    enabledLogTypes: logTypes(p),
  };
  return iacResource(res, ctx, { type: 'AWS::EKS::Cluster', name: id.name, tags: tagsOf(at(p, 'Tags')), refs: id.refs, props });
}
