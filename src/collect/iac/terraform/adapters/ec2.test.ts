import { describe, expect, it } from 'vitest';
import { unknown } from '../../../../model/unknown.js';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('Terraform security groups', () => {
  it('joins inline, legacy and v5 split rules; egress is what is declared', async () => {
    const result = await scanHcl({
      'main.tf': `
variable "admin_cidr" {}
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_security_group" "web" {
  name   = "web"
  vpc_id = aws_vpc.main.id
  ingress {
    protocol    = "tcp"
    from_port   = 443
    to_port     = 443
    cidr_blocks = ["0.0.0.0/0", "10.0.0.0/8"]
  }
  ingress {
    protocol  = "-1"
    from_port = 0
    to_port   = 0
    self      = true
  }
}
resource "aws_security_group_rule" "ssh" {
  type              = "ingress"
  security_group_id = aws_security_group.web.id
  protocol          = "6"
  from_port         = 22
  to_port           = 22
  cidr_blocks       = [var.admin_cidr]
}
resource "aws_vpc_security_group_egress_rule" "all" {
  security_group_id = aws_security_group.web.id
  ip_protocol       = "-1"
  cidr_ipv6         = "::/0"
}
resource "aws_default_security_group" "default" { vpc_id = aws_vpc.main.id }
`,
    });
    expect(result.problems).toEqual([]);
    const web = byAddress(result, 'AWS::EC2::SecurityGroup', 'aws_security_group.web');
    expect(web.props).toEqual({
      groupName: 'web',
      isDefault: false,
      vpcId: 'ref:infra#aws_vpc.main',
      ingress: [
        { protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'ipv4', cidr: '0.0.0.0/0' } },
        { protocol: 'tcp', fromPort: 443, toPort: 443, peer: { kind: 'ipv4', cidr: '10.0.0.0/8' } },
        { protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'group', id: 'ref:infra#aws_security_group.web' } },
        { protocol: 'tcp', fromPort: 22, toPort: 22, peer: { kind: 'ipv4', cidr: expect.objectContaining({ $unknown: expect.stringContaining('admin_cidr') }) } },
      ],
      egress: [{ protocol: '-1', fromPort: null, toPort: null, peer: { kind: 'ipv6', cidr: '::/0' } }],
    });
    expect(byAddress(result, 'AWS::EC2::SecurityGroup', 'aws_default_security_group.default').props).toMatchObject({ groupName: 'default', isDefault: true, ingress: [], egress: [] });
  });
});

describe('Terraform VPC networking', () => {
  it('joins flow logs, endpoints, routes, ACL rules and gateway attachments', async () => {
    const result = await scanHcl({
      'main.tf': `
resource "aws_vpc" "main" { cidr_block = "10.0.0.0/16" }
resource "aws_flow_log" "vpc" {
  vpc_id          = aws_vpc.main.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.flow.arn
}
resource "aws_cloudwatch_log_group" "flow" { name = "/vpc/flow" }
resource "aws_vpc_endpoint" "s3" {
  vpc_id       = aws_vpc.main.id
  service_name = "com.amazonaws.us-east-1.s3"
}
resource "aws_subnet" "public" {
  vpc_id                  = aws_vpc.main.id
  cidr_block              = "10.0.0.0/24"
  map_public_ip_on_launch = true
}
resource "aws_default_subnet" "a" { availability_zone = "us-east-1a" }
resource "aws_internet_gateway" "igw" {}
resource "aws_internet_gateway_attachment" "igw" {
  internet_gateway_id = aws_internet_gateway.igw.id
  vpc_id              = aws_vpc.main.id
}
resource "aws_route_table" "public" {
  vpc_id = aws_vpc.main.id
  route {
    cidr_block = "0.0.0.0/0"
    gateway_id = aws_internet_gateway.igw.id
  }
}
resource "aws_route" "v6" {
  route_table_id              = aws_route_table.public.id
  destination_ipv6_cidr_block = "::/0"
  egress_only_gateway_id      = "eigw-1"
}
resource "aws_network_acl" "public" {
  vpc_id = aws_vpc.main.id
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "-1"
    cidr_block = "0.0.0.0/0"
    from_port  = 0
    to_port    = 0
  }
}
resource "aws_network_acl_rule" "out" {
  network_acl_id = aws_network_acl.public.id
  rule_number    = 100
  egress         = true
  protocol       = "tcp"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
  from_port      = 443
  to_port        = 443
}
`,
    });
    expect(result.problems).toEqual([]);
    expect(byAddress(result, 'AWS::EC2::VPC', 'aws_vpc.main').props).toEqual({
      vpcId: 'ref:infra#aws_vpc.main',
      isDefault: false,
      flowLogs: [{ destinationType: 'cloud-watch-logs', destination: 'ref:infra#aws_cloudwatch_log_group.flow', trafficType: 'ALL' }],
      endpoints: [{ serviceName: 'com.amazonaws.us-east-1.s3', endpointType: 'Gateway' }],
    });
    expect(byAddress(result, 'AWS::EC2::Subnet', 'aws_subnet.public').props.mapPublicIpOnLaunch).toBe(true);
    expect(byAddress(result, 'AWS::EC2::Subnet', 'aws_default_subnet.a').props).toMatchObject({ mapPublicIpOnLaunch: true, isDefault: true });
    expect(byAddress(result, 'AWS::EC2::InternetGateway', 'aws_internet_gateway.igw').props.attachedVpcIds).toEqual(['ref:infra#aws_vpc.main']);
    expect(byAddress(result, 'AWS::EC2::RouteTable', 'aws_route_table.public').props.routes).toEqual([
      { destination: '0.0.0.0/0', target: 'ref:infra#aws_internet_gateway.igw', targetKind: 'gateway' },
      { destination: '::/0', target: 'eigw-1', targetKind: 'eigw' },
    ]);
    expect(byAddress(result, 'AWS::EC2::NetworkAcl', 'aws_network_acl.public').props).toMatchObject({
      ingress: [{ ruleNumber: 100, protocol: '-1', action: 'allow', fromPort: null, toPort: null, cidr: '0.0.0.0/0' }],
      egress: [{ ruleNumber: 100, protocol: 'tcp', action: 'allow', fromPort: 443, toPort: 443, cidr: '0.0.0.0/0' }],
    });
  });
});

describe('Terraform compute', () => {
  it('settles provider defaults for instances, volumes, images, templates and groups', async () => {
    const result = await scanHcl({
      'main.tf': `
resource "aws_instance" "bare" {
  ami           = "ami-1"
  instance_type = "t3.micro"
}
resource "aws_instance" "app" {
  ami                    = "ami-1"
  instance_type          = "m5.large"
  subnet_id              = "subnet-1"
  vpc_security_group_ids = [aws_security_group.app.id]
  iam_instance_profile   = "app"
  monitoring             = true
  enclave_options { enabled = true }
  metadata_options { http_tokens = "required" }
}
resource "aws_instance" "from_template" {
  launch_template { id = aws_launch_template.app.id }
}
resource "aws_security_group" "app" { name = "app" }
resource "aws_ebs_volume" "data" {
  availability_zone = "us-east-1a"
  size              = 10
  encrypted         = true
}
resource "aws_volume_attachment" "data" {
  device_name = "/dev/sdf"
  volume_id   = aws_ebs_volume.data.id
  instance_id = aws_instance.app.id
}
resource "aws_ebs_encryption_by_default" "this" {}
resource "aws_ebs_default_kms_key" "this" { key_arn = "arn:aws:kms:us-east-1:111122223333:key/k" }
resource "aws_ami_copy" "golden" {
  name              = "golden"
  source_ami_id     = "ami-1"
  source_ami_region = "us-east-1"
}
resource "aws_ami_launch_permission" "everyone" {
  image_id = aws_ami_copy.golden.id
  group    = "all"
}
resource "aws_launch_template" "app" {
  name = "app"
  network_interfaces { associate_public_ip_address = true }
}
resource "aws_launch_configuration" "legacy" {
  image_id      = "ami-1"
  instance_type = "t3.micro"
}
resource "aws_autoscaling_group" "app" {
  max_size = 2
  min_size = 1
  launch_configuration = aws_launch_configuration.legacy.name
}
resource "aws_autoscaling_attachment" "app" {
  autoscaling_group_name = aws_autoscaling_group.app.id
  lb_target_group_arn    = "arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1"
}
`,
    });
    expect(result.problems).toEqual([]);
    expect(byAddress(result, 'AWS::EC2::Instance', 'aws_instance.bare').props).toMatchObject({
      imds: { httpTokens: 'optional', httpEndpoint: 'enabled' },
      launchTemplate: null,
      publicIp: null,
      subnetId: null,
      iamInstanceProfile: null,
      detailedMonitoring: false,
      ebsOptimized: false,
      enclave: false,
      securityGroups: [],
    });
    expect(byAddress(result, 'AWS::EC2::Instance', 'aws_instance.app').props).toMatchObject({
      imds: { httpTokens: 'required', httpEndpoint: 'enabled' },
      subnetId: 'subnet-1',
      securityGroups: ['ref:infra#aws_security_group.app'],
      detailedMonitoring: true,
      enclave: true,
    });
    expect(byAddress(result, 'AWS::EC2::Instance', 'aws_instance.from_template').props).toMatchObject({
      imds: unknown('metadata_options come from the launch template'),
      launchTemplate: 'ref:infra#aws_launch_template.app',
    });
    expect(byAddress(result, 'AWS::EC2::Volume', 'aws_ebs_volume.data').props).toEqual({ encrypted: true, kmsKeyId: null, attachedTo: ['ref:infra#aws_instance.app'] });
    expect(byAddress(result, 'AWS::EC2::EBSEncryptionByDefault', 'aws_ebs_encryption_by_default.this').props).toEqual({
      enabled: true,
      kmsKeyId: 'arn:aws:kms:us-east-1:111122223333:key/k',
    });
    expect(byAddress(result, 'AWS::EC2::Image', 'aws_ami_copy.golden').props.public).toBe(true);
    expect(byAddress(result, 'AWS::EC2::LaunchTemplate', 'aws_launch_template.app').props).toMatchObject({ publicIp: true, detailedMonitoring: false });
    expect(byAddress(result, 'AWS::AutoScaling::LaunchConfiguration', 'aws_launch_configuration.legacy').props).toEqual({
      imds: { httpTokens: 'optional', httpEndpoint: 'enabled' },
      publicIp: null,
      detailedMonitoring: true,
    });
    expect(byAddress(result, 'AWS::AutoScaling::AutoScalingGroup', 'aws_autoscaling_group.app').props).toEqual({
      healthCheckType: 'EC2',
      loadBalancers: ['arn:aws:elasticloadbalancing:us-east-1:111122223333:targetgroup/app/1'],
    });
  });
});
