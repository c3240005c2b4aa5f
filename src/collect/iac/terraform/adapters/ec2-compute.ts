import type { AutoScalingGroupProps, Ec2ImageProps, Ec2VolumeProps, ImdsOptions } from '../../../../model/aws/ec2.js';
import type { AnyResource } from '../../../../model/resource.js';
import { isUnknown, type Known, unknown } from '../../../../model/unknown.js';
import type { Attrs, Declared } from '../types.js';
import { block, bool, literalName, optStr, str, strings } from './attrs.js';
import { RefIndex, resourceOf, tokenOf } from './common.js';

function indexOf(parents: Declared[]): RefIndex<number> {
  const index = new RefIndex<number>();
  parents.forEach((d, i) => index.add([tokenOf(d), ...(d.extraRefs ?? [])], i));
  return index;
}

/**
 * `metadata_options`; left out, the provider leaves the API default, which still answers
 * IMDSv1 unless the AMI or an account default says otherwise.
 */
function imds(a: Attrs): Known<ImdsOptions> {
  const m = block(a.metadata_options, 'metadata_options');
  if (isUnknown(m)) return m;
  const tokens = str(m?.http_tokens, 'optional', 'http_tokens');
  const endpoint = str(m?.http_endpoint, 'enabled', 'http_endpoint');
  return {
    httpTokens: isUnknown(tokens) || tokens === 'required' || tokens === 'optional' ? tokens : unknown(`http_tokens ${tokens} is not required or optional`),
    httpEndpoint: isUnknown(endpoint) || endpoint === 'enabled' || endpoint === 'disabled' ? endpoint : unknown(`http_endpoint ${endpoint} is not enabled or disabled`),
  };
}

const nullable = <T>(v: Known<T> | undefined): Known<T | null> => (v === undefined ? null : v);

function idList(v: unknown, what: string): Known<Known<string>[]> {
  return strings(v, what) ?? [];
}

export function buildInstance(d: Declared): AnyResource {
  const a = d.attrs;
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  const template = block(a.launch_template, 'launch_template');
  const launchTemplate: Known<string | null> = template === undefined ? null : isUnknown(template) ? template : (optStr(template.id, 'launch_template.id') ?? optStr(template.name, 'launch_template.name'));
  const ownImds = a.metadata_options !== undefined && a.metadata_options !== null;
  const enclave = block(a.enclave_options, 'enclave_options');
  const vpcGroups = idList(a.vpc_security_group_ids, 'vpc_security_group_ids');
  return resourceOf(d, 'AWS::EC2::Instance', {
    instanceType: u ?? str(a.instance_type, null, 'instance_type') ?? unknown('instance_type comes from the launch template'),
    state: u ?? 'running',
    stoppedSince: null,
    launchTime: unknown('the launch time is set at apply'),
    imds: u ?? (launchTemplate !== null && !ownImds ? unknown('metadata_options come from the launch template') : imds(a)),
    launchTemplate: u ?? launchTemplate,
    // Left out, the subnet's map_public_ip_on_launch decides.
    publicIp: u ?? nullable(a.associate_public_ip_address === undefined || a.associate_public_ip_address === null ? undefined : bool(a.associate_public_ip_address, false, 'associate_public_ip_address')),
    subnetId: u ?? optStr(a.subnet_id, 'subnet_id'),
    vpcId: null,
    iamInstanceProfile: u ?? optStr(a.iam_instance_profile, 'iam_instance_profile'),
    detailedMonitoring: u ?? bool(a.monitoring, false, 'monitoring'),
    ebsOptimized: u ?? bool(a.ebs_optimized, false, 'ebs_optimized'),
    enclave: u ?? (isUnknown(enclave) ? enclave : bool(enclave?.enabled, false, 'enclave_options.enabled')),
    securityGroups: u ?? (isUnknown(vpcGroups) || vpcGroups.length > 0 ? vpcGroups : idList(a.security_groups, 'security_groups')),
    ssmManaged: unknown('Systems Manager registration is known only once the instance runs'),
  });
}

export function buildVolumes(volumes: Declared[], attachments: Declared[]): AnyResource[] {
  const props: Ec2VolumeProps[] = volumes.map((d) => {
    if (d.unknownReason) {
      const u = unknown(d.unknownReason);
      return { encrypted: u, kmsKeyId: u, attachedTo: [] };
    }
    // Not encrypted unless asked, or unless the account's encryption-by-default is on.
    const encrypted = bool(d.attrs.encrypted, false, 'encrypted');
    return { encrypted, kmsKeyId: encrypted === false ? null : optStr(d.attrs.kms_key_id, 'kms_key_id'), attachedTo: [] };
  });
  const index = indexOf(volumes);
  for (const att of attachments) {
    const i = index.get(att.attrs.volume_id);
    const instance = str(att.attrs.instance_id, null, 'instance_id');
    if (i !== undefined && typeof instance === 'string' && !att.unknownReason) props[i]!.attachedTo.push(instance);
  }
  return volumes.map((d, i) => resourceOf(d, 'AWS::EC2::Volume', props[i]!));
}

/**
 * The regional setting, with `aws_ebs_default_kms_key` joined. Both are per provider region,
 * which the adapters do not see: with one of each they belong together; with several, which
 * key goes with which region is unknown.
 */
export function buildEncryptionByDefault(settings: Declared[], keys: Declared[]): AnyResource[] {
  const key: Known<string | null> =
    keys.length === 0
      ? null
      : settings.length === 1 && keys.length === 1
        ? keys[0]!.unknownReason
          ? unknown(keys[0]!.unknownReason)
          : optStr(keys[0]!.attrs.key_arn, 'key_arn')
        : unknown('several regions set EBS defaults here: which default key belongs to which region is not known');
  return settings.map((d) => {
    const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
    return resourceOf(d, 'AWS::EC2::EBSEncryptionByDefault', { enabled: u ?? bool(d.attrs.enabled, true, 'enabled'), kmsKeyId: u ?? key });
  });
}

/** AMIs made public by an `aws_ami_launch_permission` with `group = "all"`. */
export function buildImages(images: Declared[], permissions: Declared[]): AnyResource[] {
  const props: Ec2ImageProps[] = images.map((d) => ({ imageId: d.unknownReason ? unknown(d.unknownReason) : tokenOf(d), public: d.unknownReason ? unknown(d.unknownReason) : false }));
  const index = indexOf(images);
  for (const p of permissions) {
    const i = index.get(p.attrs.image_id);
    if (i === undefined || props[i]!.public === true) continue;
    const group = optStr(p.attrs.group, 'group');
    if (p.unknownReason) props[i]!.public = unknown(p.unknownReason);
    else if (isUnknown(group)) props[i]!.public = group;
    else if (group === 'all') props[i]!.public = true;
  }
  return images.map((d, i) => resourceOf(d, 'AWS::EC2::Image', props[i]!, { name: literalName(d.attrs.name) }));
}

/** The primary interface's associate_public_ip_address; null when the subnet decides. */
function templatePublicIp(a: Attrs): Known<boolean | null> {
  const nic = block(a.network_interfaces, 'network_interfaces');
  if (nic === undefined) return null;
  if (isUnknown(nic)) return nic;
  const v = nic.associate_public_ip_address;
  return v === undefined || v === null ? null : bool(v, false, 'associate_public_ip_address');
}

export function buildLaunchTemplate(d: Declared): AnyResource {
  const a = d.attrs;
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  const monitoring = block(a.monitoring, 'monitoring');
  return resourceOf(
    d,
    'AWS::EC2::LaunchTemplate',
    {
      // `default_version`, else the provider keeps version 1 (or the latest with update_default_version).
      version: u ?? (a.update_default_version === true ? 'latest' : String(a.default_version ?? '1')),
      imds: u ?? imds(a),
      publicIp: u ?? templatePublicIp(a),
      detailedMonitoring: u ?? (isUnknown(monitoring) ? monitoring : bool(monitoring?.enabled, false, 'monitoring.enabled')),
    },
    { name: literalName(a.name), refs: literalName(a.name) ? [a.name as string] : [] },
  );
}

export function buildLaunchConfiguration(d: Declared): AnyResource {
  const a = d.attrs;
  const u = d.unknownReason ? unknown(d.unknownReason) : undefined;
  const v = a.associate_public_ip_address;
  return resourceOf(
    d,
    'AWS::AutoScaling::LaunchConfiguration',
    {
      imds: u ?? imds(a),
      publicIp: u ?? (v === undefined || v === null ? null : bool(v, false, 'associate_public_ip_address')),
      detailedMonitoring: u ?? bool(a.enable_monitoring, true, 'enable_monitoring'),
    },
    { name: literalName(a.name), refs: literalName(a.name) ? [a.name as string] : [] },
  );
}

/** Groups with `aws_autoscaling_attachment` load balancers and target groups joined. */
export function buildAutoScalingGroups(groups: Declared[], attachments: Declared[]): AnyResource[] {
  const props: AutoScalingGroupProps[] = groups.map((d) => {
    if (d.unknownReason) {
      const u = unknown(d.unknownReason);
      return { healthCheckType: u, loadBalancers: u };
    }
    const elbs = idList(d.attrs.load_balancers, 'load_balancers');
    const tgs = idList(d.attrs.target_group_arns, 'target_group_arns');
    return {
      healthCheckType: str(d.attrs.health_check_type, 'EC2', 'health_check_type'),
      loadBalancers: isUnknown(elbs) ? elbs : isUnknown(tgs) ? tgs : [...elbs, ...tgs],
    };
  });
  const index = new RefIndex<number>();
  groups.forEach((d, i) => index.add([tokenOf(d), ...(d.extraRefs ?? []), ...(literalName(d.attrs.name) ? [d.attrs.name as string] : [])], i));
  for (const att of attachments) {
    const i = index.get(att.attrs.autoscaling_group_name);
    if (i === undefined) continue;
    const lb = optStr(att.attrs.lb_target_group_arn, 'lb_target_group_arn') ?? optStr(att.attrs.elb, 'elb');
    const list = props[i]!.loadBalancers;
    if (!isUnknown(list) && lb !== null) list.push(att.unknownReason ? unknown(att.unknownReason) : lb);
  }
  return groups.map((d, i) => resourceOf(d, 'AWS::AutoScaling::AutoScalingGroup', props[i]!, { name: literalName(d.attrs.name), refs: literalName(d.attrs.name) ? [d.attrs.name as string] : [] }));
}
