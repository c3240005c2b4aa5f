import { kerberosEnabled } from '../../../../model/aws/app-emr.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asList, asString, at, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, namedIdentity, type TemplateResource } from './types.js';

/** Ec2SubnetId (instance groups) or Ec2SubnetIds (fleets, from which EMR picks one at launch). */
function subnetOf(instances: unknown): Known<string | null> {
  const one = asString(at(instances, 'Ec2SubnetId'), 'Instances.Ec2SubnetId');
  if (one !== undefined) return one;
  const many = asList(at(instances, 'Ec2SubnetIds'), 'Instances.Ec2SubnetIds');
  if (many === undefined || (Array.isArray(many) && many.length === 0)) return null;
  if (isUnknown(many)) return many;
  if (many.length > 1) return unknown('EMR picks one of several subnets (Ec2SubnetIds) at launch');
  return asString(many[0], 'Instances.Ec2SubnetIds[0]') ?? null;
}

export function emrCluster(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EMR::Cluster'> {
  const p = res.properties;
  const name = asString(at(p, 'Name'), 'Name');
  return iacResource(res, ctx, {
    type: 'AWS::EMR::Cluster',
    // Name is not the cluster's identifier (j-XXXX), so it names nothing else.
    name: typeof name === 'string' ? name : res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      clusterName: name ?? unknown('Name is required but not set'),
      securityConfiguration: asString(at(p, 'SecurityConfiguration'), 'SecurityConfiguration') ?? null,
      // A template does not assign addresses: the subnet does, when the cluster launches.
      masterPublicIp: null,
      subnetId: subnetOf(at(p, 'Instances')),
    },
  });
}

export function emrSecurityConfiguration(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EMR::SecurityConfiguration'> {
  const p = res.properties;
  const name = asString(at(p, 'Name'), 'Name');
  const id = namedIdentity(res, ctx, name);
  const config = at(p, 'SecurityConfiguration');
  return iacResource(res, ctx, {
    type: 'AWS::EMR::SecurityConfiguration',
    name: id.name,
    tags: {},
    refs: id.refs,
    props: {
      name: name ?? unknown('Name is not declared: CloudFormation generates it at deploy time'),
      kerberosEnabled: config === undefined ? unknown('SecurityConfiguration is required but not set') : kerberosEnabled(config),
    },
  });
}
