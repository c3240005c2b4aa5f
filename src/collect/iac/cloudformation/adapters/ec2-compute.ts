import type { ImdsOptions } from '../../../../model/aws/ec2.js';
import type { Resource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import { asBoolean, asList, asString, at, isRecord, tagsOf } from '../values.js';
import { type AdapterContext, iacResource, join, namedIdentity, type TemplateResource } from './types.js';

/**
 * Metadata options as declared. Left out, the API default applies: IMDSv1 still answers,
 * unless the AMI is marked ImdsSupport v2.0 or an account default says otherwise, which a
 * template does not control; a template that needs IMDSv2 says so.
 */
export function cfnImds(p: unknown): Known<ImdsOptions> {
  const m = at(p, 'MetadataOptions');
  if (isUnknown(m)) return m;
  const tokens = asString(at(m, 'HttpTokens'), 'HttpTokens') ?? 'optional';
  const endpoint = asString(at(m, 'HttpEndpoint'), 'HttpEndpoint') ?? 'enabled';
  return {
    httpTokens: isUnknown(tokens) || tokens === 'required' || tokens === 'optional' ? tokens : unknown(`HttpTokens ${tokens} is not required or optional`),
    httpEndpoint: isUnknown(endpoint) || endpoint === 'enabled' || endpoint === 'disabled' ? endpoint : unknown(`HttpEndpoint ${endpoint} is not enabled or disabled`),
  };
}

/** The primary network interface (DeviceIndex 0) of a NetworkInterfaces list, if declared. */
function primaryInterface(p: unknown): unknown {
  const list = asList(at(p, 'NetworkInterfaces'), 'NetworkInterfaces');
  if (list === undefined || isUnknown(list)) return list;
  return list.find((n) => isRecord(n) && String(n.DeviceIndex ?? '0') === '0') ?? list[0];
}

function strings(v: unknown, what: string): Known<Known<string>[]> {
  const list = asList(v, what);
  if (list === undefined) return [];
  if (isUnknown(list)) return list;
  return list.map((x) => asString(x, what) ?? unknown(`${what} holds an empty value`));
}

export function instance(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::Instance'> {
  const p = res.properties;
  const nic = primaryInterface(p);
  const launchTemplate = asString(at(p, 'LaunchTemplate', 'LaunchTemplateId'), 'LaunchTemplateId') ?? asString(at(p, 'LaunchTemplate', 'LaunchTemplateName'), 'LaunchTemplateName') ?? null;
  const groups = at(p, 'SecurityGroupIds') !== undefined ? at(p, 'SecurityGroupIds') : nic !== undefined ? at(nic, 'GroupSet') : at(p, 'SecurityGroups');
  return iacResource(res, ctx, {
    type: 'AWS::EC2::Instance',
    name: res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: {
      // CloudFormation's documented default type.
      instanceType: asString(at(p, 'InstanceType'), 'InstanceType') ?? 'm1.small',
      state: 'running',
      stoppedSince: null,
      launchTime: unknown('the launch time is set when the stack is deployed'),
      // AWS::EC2::Instance has no MetadataOptions: only a launch template can set them.
      imds: launchTemplate === null ? cfnImds({}) : unknown('MetadataOptions come from the launch template'),
      launchTemplate,
      // Without AssociatePublicIpAddress the subnet's MapPublicIpOnLaunch decides.
      publicIp: nic === undefined ? null : isUnknown(nic) ? nic : (asBoolean(at(nic, 'AssociatePublicIpAddress'), 'AssociatePublicIpAddress') ?? null),
      subnetId: asString(at(p, 'SubnetId'), 'SubnetId') ?? (nic === undefined ? null : isUnknown(nic) ? nic : (asString(at(nic, 'SubnetId'), 'SubnetId') ?? null)),
      vpcId: null,
      iamInstanceProfile: asString(at(p, 'IamInstanceProfile'), 'IamInstanceProfile') ?? null,
      detailedMonitoring: asBoolean(at(p, 'Monitoring'), 'Monitoring') ?? false,
      ebsOptimized: asBoolean(at(p, 'EbsOptimized'), 'EbsOptimized') ?? false,
      enclave: asBoolean(at(p, 'EnclaveOptions', 'Enabled'), 'EnclaveOptions.Enabled') ?? false,
      securityGroups: strings(groups, 'SecurityGroupIds'),
      ssmManaged: unknown('Systems Manager registration is known only once the instance runs'),
    },
  });
}

export function volume(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::Volume'> {
  const p = res.properties;
  // Encrypted defaults to false; the account's encryption-by-default may still encrypt it.
  const encrypted = asBoolean(at(p, 'Encrypted'), 'Encrypted') ?? false;
  return iacResource(res, ctx, {
    type: 'AWS::EC2::Volume',
    name: res.logicalId,
    tags: tagsOf(at(p, 'Tags')),
    refs: [ctx.token(res.logicalId)],
    props: { encrypted, kmsKeyId: encrypted === false ? null : (asString(at(p, 'KmsKeyId'), 'KmsKeyId') ?? null), attachedTo: [] },
  });
}

export const volumeAttachmentJoin = join({
  type: 'AWS::EC2::VolumeAttachment',
  target: 'AWS::EC2::Volume',
  via: 'VolumeId',
  attach(att, vol, _ctx, exists) {
    const instanceId = asString(at(att.properties, 'InstanceId'), 'InstanceId');
    if (typeof instanceId === 'string' && exists === true) vol.props.attachedTo.push(instanceId);
  },
});

export function launchTemplate(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::EC2::LaunchTemplate'> {
  const p = res.properties;
  const data = at(p, 'LaunchTemplateData');
  const declared = asString(at(p, 'LaunchTemplateName'), 'LaunchTemplateName');
  const id = namedIdentity(res, ctx, declared);
  const nic = primaryInterface(data);
  return iacResource(res, ctx, {
    type: 'AWS::EC2::LaunchTemplate',
    name: id.name,
    tags: tagsOf(at(p, 'TagSpecifications', 0, 'Tags')),
    refs: id.refs,
    props: {
      // The first version a template creates is its default.
      version: '1',
      imds: isUnknown(data) ? data : cfnImds(data),
      publicIp: nic === undefined ? null : isUnknown(nic) ? nic : (asBoolean(at(nic, 'AssociatePublicIpAddress'), 'AssociatePublicIpAddress') ?? null),
      detailedMonitoring: asBoolean(at(data, 'Monitoring', 'Enabled'), 'Monitoring.Enabled') ?? false,
    },
  });
}

export function launchConfiguration(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::AutoScaling::LaunchConfiguration'> {
  const p = res.properties;
  const declared = asString(at(p, 'LaunchConfigurationName'), 'LaunchConfigurationName');
  const id = namedIdentity(res, ctx, declared);
  return iacResource(res, ctx, {
    type: 'AWS::AutoScaling::LaunchConfiguration',
    name: id.name,
    // Launch configurations cannot carry tags.
    tags: {},
    refs: id.refs,
    props: {
      imds: cfnImds(p),
      publicIp: asBoolean(at(p, 'AssociatePublicIpAddress'), 'AssociatePublicIpAddress') ?? null,
      // Detailed monitoring is on unless InstanceMonitoring says false.
      detailedMonitoring: asBoolean(at(p, 'InstanceMonitoring'), 'InstanceMonitoring') ?? true,
    },
  });
}

export function autoScalingGroup(res: TemplateResource, ctx: AdapterContext): Resource<'AWS::AutoScaling::AutoScalingGroup'> {
  const p = res.properties;
  const declared = asString(at(p, 'AutoScalingGroupName'), 'AutoScalingGroupName');
  const id = namedIdentity(res, ctx, declared);
  const names = strings(at(p, 'LoadBalancerNames'), 'LoadBalancerNames');
  const groups = strings(at(p, 'TargetGroupARNs'), 'TargetGroupARNs');
  return iacResource(res, ctx, {
    type: 'AWS::AutoScaling::AutoScalingGroup',
    name: id.name,
    tags: tagsOf(at(p, 'Tags')),
    refs: id.refs,
    props: {
      healthCheckType: asString(at(p, 'HealthCheckType'), 'HealthCheckType') ?? 'EC2',
      loadBalancers: isUnknown(names) ? names : isUnknown(groups) ? groups : [...names, ...groups],
    },
  });
}
