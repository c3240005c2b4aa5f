import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

describe('aws_ecs_task_definition', () => {
  it('parses container_definitions from jsonencode, and is unknown when it cannot', async () => {
    const main = `
variable "image" { type = string }
resource "aws_ecs_task_definition" "api" {
  family                   = "api"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = 256
  memory                   = 512
  container_definitions = jsonencode([
    { name = "app", image = "app:1", readonlyRootFilesystem = true, user = "1000", environment = [{ name = "TOKEN", value = "s3cr3t" }] },
    { name = "sidecar", image = "envoy:1", privileged = true }
  ])
}
resource "aws_ecs_task_definition" "agent" {
  family                = "agent"
  container_definitions = file("agent.json")
}
`;
    const r = await scanHcl({ 'main.tf': main });
    const api = byAddress(r, 'AWS::ECS::TaskDefinition', 'aws_ecs_task_definition.api');
    expect(api).toMatchObject({ name: 'api' });
    expect(api.props).toEqual({
      family: 'api',
      networkMode: 'awsvpc',
      requiresCompatibilities: ['FARGATE'],
      containers: [
        { name: 'app', privileged: false, readonlyRootFilesystem: true, user: '1000' },
        { name: 'sidecar', privileged: true, readonlyRootFilesystem: false, user: null },
      ],
    });
    expect(JSON.stringify(api)).not.toContain('s3cr3t');
    const agent = byAddress(r, 'AWS::ECS::TaskDefinition', 'aws_ecs_task_definition.agent');
    expect(agent.props.networkMode).toBe('bridge');
    expect(agent.props.containers).toMatchObject({ $unknown: expect.any(String) });
  });
});

describe('aws_eks_cluster', () => {
  it('settles the endpoint defaults and reads encryption and logs', async () => {
    const main = `
resource "aws_kms_key" "k" {}
resource "aws_eks_cluster" "plain" {
  name     = "dev"
  role_arn = "r"
  vpc_config { subnet_ids = ["s1"] }
}
resource "aws_eks_cluster" "phi" {
  name                      = "phi"
  role_arn                  = "r"
  enabled_cluster_log_types = ["audit", "api", "authenticator"]
  vpc_config {
    subnet_ids              = ["s1"]
    endpoint_public_access  = true
    endpoint_private_access = true
    public_access_cidrs     = ["203.0.113.0/24"]
  }
  encryption_config {
    resources = ["secrets"]
    provider { key_arn = aws_kms_key.k.arn }
  }
}
`;
    const r = await scanHcl({ 'main.tf': main });
    expect(r.problems).toEqual([]);
    expect(byAddress(r, 'AWS::EKS::Cluster', 'aws_eks_cluster.plain').props).toEqual({
      clusterName: 'dev',
      secretsKmsKeyArn: null,
      endpointPublicAccess: true,
      endpointPrivateAccess: false,
      publicAccessCidrs: ['0.0.0.0/0'],
      enabledLogTypes: [],
    });
    expect(byAddress(r, 'AWS::EKS::Cluster', 'aws_eks_cluster.phi').props).toEqual({
      clusterName: 'phi',
      secretsKmsKeyArn: 'ref:infra#aws_kms_key.k',
      endpointPublicAccess: true,
      endpointPrivateAccess: true,
      publicAccessCidrs: ['203.0.113.0/24'],
      enabledLogTypes: ['api', 'audit', 'authenticator'],
    });
  });
});
