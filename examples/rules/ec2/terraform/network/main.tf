# VPC networking for a patient-portal workload: one good_ and one bad_ example of each
# network control phiguard checks.

terraform {
  required_providers {
    aws = { source = "hashicorp/aws", version = "~> 5.0" }
  }
}

provider "aws" {
  region = "us-east-1"
}

# --- VPCs: flow logs, retention, endpoints ----------------------------------------------

resource "aws_vpc" "good" {
  cidr_block           = "10.20.0.0/16"
  enable_dns_hostnames = true
  tags = {
    Name = "patient-portal"
    phi  = "true"
  }
}

resource "aws_kms_key" "flow_logs" {
  description         = "VPC flow logs"
  enable_key_rotation = true
}

resource "aws_cloudwatch_log_group" "good_flow_logs" {
  name              = "/vpc/patient-portal/flow-logs"
  retention_in_days = 2192
  kms_key_id        = aws_kms_key.flow_logs.arn
}

resource "aws_iam_role" "flow_logs" {
  name = "vpc-flow-logs"
  assume_role_policy = jsonencode({
    Version   = "2012-10-17"
    Statement = [{ Effect = "Allow", Principal = { Service = "vpc-flow-logs.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_flow_log" "good" {
  vpc_id          = aws_vpc.good.id
  traffic_type    = "ALL"
  log_destination = aws_cloudwatch_log_group.good_flow_logs.arn
  iam_role_arn    = aws_iam_role.flow_logs.arn
}

resource "aws_vpc_endpoint" "good_s3" {
  vpc_id          = aws_vpc.good.id
  service_name    = "com.amazonaws.us-east-1.s3"
  route_table_ids = [aws_route_table.good_private.id]
}

resource "aws_vpc_endpoint" "good_dynamodb" {
  vpc_id            = aws_vpc.good.id
  service_name      = "com.amazonaws.us-east-1.dynamodb"
  vpc_endpoint_type = "Gateway"
  route_table_ids   = [aws_route_table.good_private.id]
}

# A PHI VPC with no flow log and no endpoints.
resource "aws_vpc" "bad" {
  cidr_block = "10.30.0.0/16"
  tags = {
    Name = "claims-batch"
    phi  = "true"
  }
}

resource "aws_vpc" "bad_retention" {
  cidr_block = "10.40.0.0/16"
}

resource "aws_cloudwatch_log_group" "bad_flow_logs" {
  name              = "/vpc/sandbox/flow-logs"
  retention_in_days = 30
}

resource "aws_flow_log" "bad_retention" {
  vpc_id          = aws_vpc.bad_retention.id
  traffic_type    = "REJECT"
  log_destination = aws_cloudwatch_log_group.bad_flow_logs.arn
  iam_role_arn    = aws_iam_role.flow_logs.arn
}

# Terraform empties the default group when it manages it without rules.
resource "aws_default_security_group" "good" {
  vpc_id = aws_vpc.good.id
}

resource "aws_default_security_group" "bad" {
  vpc_id = aws_vpc.bad.id
  ingress {
    protocol  = "-1"
    self      = true
    from_port = 0
    to_port   = 0
  }
  egress {
    protocol    = "-1"
    from_port   = 0
    to_port     = 0
    cidr_blocks = ["0.0.0.0/0"]
  }
}

# --- Subnets and routing ----------------------------------------------------------------

resource "aws_subnet" "good_private" {
  vpc_id            = aws_vpc.good.id
  cidr_block        = "10.20.1.0/24"
  availability_zone = "us-east-1a"
}

resource "aws_subnet" "bad_public" {
  vpc_id                  = aws_vpc.good.id
  cidr_block              = "10.20.100.0/24"
  availability_zone       = "us-east-1a"
  map_public_ip_on_launch = true
}

resource "aws_internet_gateway" "bad_attached" {
  vpc_id = aws_vpc.good.id
}

# Created ahead of a migration, not attached yet.
resource "aws_internet_gateway" "good_detached" {}

resource "aws_eip" "nat" {
  domain = "vpc"
}

resource "aws_nat_gateway" "main" {
  allocation_id = aws_eip.nat.id
  subnet_id     = aws_subnet.bad_public.id
}

resource "aws_route_table" "good_private" {
  vpc_id = aws_vpc.good.id
  route {
    cidr_block     = "0.0.0.0/0"
    nat_gateway_id = aws_nat_gateway.main.id
  }
}

resource "aws_route_table" "bad_public" {
  vpc_id = aws_vpc.good.id
}

resource "aws_route" "bad_public_default" {
  route_table_id         = aws_route_table.bad_public.id
  destination_cidr_block = "0.0.0.0/0"
  gateway_id             = aws_internet_gateway.bad_attached.id
}

# --- Network ACLs -----------------------------------------------------------------------

resource "aws_network_acl" "good_private" {
  vpc_id = aws_vpc.good.id
  ingress {
    rule_no    = 100
    action     = "allow"
    protocol   = "tcp"
    cidr_block = "10.20.0.0/16"
    from_port  = 443
    to_port    = 443
  }
}

resource "aws_network_acl" "bad_open" {
  vpc_id = aws_vpc.good.id
}

resource "aws_network_acl_rule" "bad_open_all_in" {
  network_acl_id = aws_network_acl.bad_open.id
  rule_number    = 100
  protocol       = "-1"
  rule_action    = "allow"
  cidr_block     = "0.0.0.0/0"
}

# --- Security groups --------------------------------------------------------------------

resource "aws_security_group" "good_lb" {
  name        = "portal-lb"
  description = "Public HTTPS for the portal load balancer"
  vpc_id      = aws_vpc.good.id
}

resource "aws_vpc_security_group_ingress_rule" "good_lb_https" {
  security_group_id = aws_security_group.good_lb.id
  ip_protocol       = "tcp"
  from_port         = 443
  to_port           = 443
  cidr_ipv4         = "0.0.0.0/0"
}

resource "aws_vpc_security_group_egress_rule" "good_lb_to_app" {
  security_group_id            = aws_security_group.good_lb.id
  ip_protocol                  = "tcp"
  from_port                    = 8443
  to_port                      = 8443
  referenced_security_group_id = aws_security_group.good_app.id
}

resource "aws_security_group" "good_app" {
  name        = "portal-app"
  description = "Portal application servers"
  vpc_id      = aws_vpc.good.id
  tags        = { phi = "true" }

  ingress {
    protocol        = "tcp"
    from_port       = 8443
    to_port         = 8443
    security_groups = [aws_security_group.good_lb.id]
  }

  egress {
    protocol        = "tcp"
    from_port       = 443
    to_port         = 443
    prefix_list_ids = [aws_vpc_endpoint.good_s3.prefix_list_id]
  }
}

# A "temporary" debugging group: SSH, PostgreSQL and a dev server open to the world, and
# allow-all egress on a group tagged for PHI.
resource "aws_security_group" "bad_debug" {
  name        = "debug-access"
  description = "debug access"
  vpc_id      = aws_vpc.good.id
  tags        = { phi = "true" }

  ingress {
    protocol    = "tcp"
    from_port   = 22
    to_port     = 22
    cidr_blocks = ["0.0.0.0/0"]
  }

  egress {
    protocol         = "-1"
    from_port        = 0
    to_port          = 0
    cidr_blocks      = ["0.0.0.0/0"]
    ipv6_cidr_blocks = ["::/0"]
  }
}

resource "aws_security_group_rule" "bad_debug_postgres" {
  type              = "ingress"
  security_group_id = aws_security_group.bad_debug.id
  protocol          = "tcp"
  from_port         = 5432
  to_port           = 5432
  cidr_blocks       = ["0.0.0.0/0"]
}

resource "aws_vpc_security_group_ingress_rule" "bad_debug_dev_server" {
  security_group_id = aws_security_group.bad_debug.id
  ip_protocol       = "tcp"
  from_port         = 8080
  to_port           = 8080
  cidr_ipv6         = "::/0"
}
