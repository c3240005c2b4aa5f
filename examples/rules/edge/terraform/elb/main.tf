# Patient portal load balancers: good_* configured for PHI, bad_* left at provider defaults.

variable "public_subnets" {
  type    = list(string)
  default = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]
}

variable "vpc_id" {
  type    = string
  default = "vpc-0a1b2c3d"
}

locals {
  portal_certificate = "arn:aws:acm:us-east-1:111122223333:certificate/5e1d3c2b-aaaa-bbbb-cccc-000000000001"
}

resource "aws_s3_bucket" "access_logs" {
  bucket = "clinic-elb-access-logs-tf"
}

resource "aws_wafv2_web_acl" "portal" {
  name  = "portal-edge"
  scope = "REGIONAL"

  default_action {
    allow {}
  }

  rule {
    name     = "aws-common"
    priority = 0
    override_action {
      none {}
    }
    statement {
      managed_rule_group_statement {
        vendor_name = "AWS"
        name        = "AWSManagedRulesCommonRuleSet"
      }
    }
    visibility_config {
      sampled_requests_enabled   = true
      cloudwatch_metrics_enabled = true
      metric_name                = "aws-common"
    }
  }

  visibility_config {
    sampled_requests_enabled   = true
    cloudwatch_metrics_enabled = true
    metric_name                = "portal-edge"
  }
}

resource "aws_lb" "good_portal" {
  name                       = "portal-good"
  subnets                    = var.public_subnets
  enable_deletion_protection = true
  drop_invalid_header_fields = true

  access_logs {
    bucket  = aws_s3_bucket.access_logs.id
    prefix  = "portal"
    enabled = true
  }

  tags = {
    data-classification = "phi"
  }
}

resource "aws_wafv2_web_acl_association" "good_portal" {
  resource_arn = aws_lb.good_portal.arn
  web_acl_arn  = aws_wafv2_web_acl.portal.arn
}

resource "aws_lb" "bad_portal" {
  name    = "portal-bad"
  subnets = var.public_subnets
}

resource "aws_lb_target_group" "good_app" {
  name        = "portal-app-good"
  vpc_id      = var.vpc_id
  target_type = "ip"
  protocol    = "HTTPS"
  port        = 8443

  tags = {
    data-classification = "phi"
  }
}

resource "aws_lb_target_group" "bad_app" {
  name        = "portal-app-bad"
  vpc_id      = var.vpc_id
  target_type = "ip"
  protocol    = "HTTP"
  port        = 8080

  tags = {
    data-classification = "phi"
  }
}

resource "aws_lb_listener" "good_https" {
  load_balancer_arn = aws_lb.good_portal.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS13-1-2-2021-06"
  certificate_arn   = local.portal_certificate

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.good_app.arn
  }
}

resource "aws_lb_listener" "good_http_redirect" {
  load_balancer_arn = aws_lb.good_portal.arn
  port              = 80

  default_action {
    type = "redirect"
    redirect {
      protocol    = "HTTPS"
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "bad_https" {
  load_balancer_arn = aws_lb.bad_portal.arn
  port              = 443
  protocol          = "HTTPS"
  ssl_policy        = "ELBSecurityPolicy-TLS-1-1-2017-01"
  certificate_arn   = "arn:aws:iam::111122223333:server-certificate/portal-2019"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.bad_app.arn
  }
}

resource "aws_lb_listener" "bad_http" {
  load_balancer_arn = aws_lb.bad_portal.arn
  port              = 80
  protocol          = "HTTP"

  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.bad_app.arn
  }
}

resource "aws_elb" "good_legacy" {
  name                      = "legacy-good"
  subnets                   = var.public_subnets
  cross_zone_load_balancing = true

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 443
    instance_protocol  = "https"
    ssl_certificate_id = local.portal_certificate
  }

  access_logs {
    bucket   = aws_s3_bucket.access_logs.id
    interval = 5
  }
}

resource "aws_load_balancer_policy" "good_legacy_tls12" {
  load_balancer_name = aws_elb.good_legacy.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"

  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "good_legacy_https" {
  load_balancer_name = aws_elb.good_legacy.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.good_legacy_tls12.policy_name]
}

resource "aws_elb" "bad_legacy" {
  name                      = "legacy-bad"
  subnets                   = var.public_subnets
  cross_zone_load_balancing = false

  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:iam::111122223333:server-certificate/legacy-2018"
  }

  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
}
