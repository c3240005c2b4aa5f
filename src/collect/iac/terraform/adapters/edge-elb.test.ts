import { describe, expect, it } from 'vitest';
import { byAddress, scanHcl } from '../test-support/index.js';

const LB = 'AWS::ElasticLoadBalancingV2::LoadBalancer';
const LISTENER = 'AWS::ElasticLoadBalancingV2::Listener';
const TG = 'AWS::ElasticLoadBalancingV2::TargetGroup';
const CLB = 'AWS::ElasticLoadBalancing::LoadBalancer';

const MAIN = `
variable "policy" { type = string }

resource "aws_s3_bucket" "logs" { bucket = "elb-logs" }

resource "aws_lb" "portal" {
  name                       = "phi-portal"
  enable_deletion_protection = true
  drop_invalid_header_fields = true
  access_logs {
    bucket  = aws_s3_bucket.logs.id
    prefix  = "portal"
    enabled = true
  }
}

resource "aws_lb" "feed" {
  name               = "hl7-feed"
  load_balancer_type = "network"
  internal           = true
  access_logs {
    bucket = aws_s3_bucket.logs.id
  }
}

resource "aws_wafv2_web_acl" "edge" {
  name  = "phi-edge"
  scope = "REGIONAL"
}

resource "aws_wafv2_web_acl_association" "portal" {
  resource_arn = aws_lb.portal.arn
  web_acl_arn  = aws_wafv2_web_acl.edge.arn
}

resource "aws_wafv2_web_acl_logging_configuration" "edge" {
  resource_arn            = aws_wafv2_web_acl.edge.arn
  log_destination_configs = ["arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-phi"]
}

resource "aws_lb_target_group" "app" {
  name        = "phi-app"
  protocol    = "HTTP"
  port        = 8080
  target_type = "ip"
}

resource "aws_lb_target_group" "fn" {
  name        = "intake-fn"
  target_type = "lambda"
}

resource "aws_lb_listener" "https" {
  load_balancer_arn = aws_lb.portal.arn
  port              = 443
  protocol          = "HTTPS"
  certificate_arn   = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
  default_action {
    type = "forward"
    forward {
      target_group {
        arn = aws_lb_target_group.app.arn
      }
    }
  }
}

resource "aws_lb_listener_certificate" "legacy" {
  listener_arn    = aws_lb_listener.https.arn
  certificate_arn = "arn:aws:iam::111122223333:server-certificate/legacy"
}

resource "aws_lb_listener" "http" {
  load_balancer_arn = aws_lb.portal.arn
  port              = 80
  default_action {
    type = "redirect"
    redirect {
      port        = "443"
      status_code = "HTTP_301"
    }
  }
}

resource "aws_lb_listener" "tls" {
  load_balancer_arn = aws_lb.feed.arn
  port              = 6514
  protocol          = "TLS"
  ssl_policy        = var.policy
  default_action {
    type             = "forward"
    target_group_arn = aws_lb_target_group.app.arn
  }
}

resource "aws_elb" "legacy" {
  name               = "legacy-portal"
  availability_zones = ["us-east-1a"]
  listener {
    lb_port            = 443
    lb_protocol        = "https"
    instance_port      = 80
    instance_protocol  = "http"
    ssl_certificate_id = "arn:aws:acm:us-east-1:111122223333:certificate/abc"
  }
  listener {
    lb_port           = 8443
    lb_protocol       = "ssl"
    instance_port     = 80
    instance_protocol = "tcp"
  }
  listener {
    lb_port           = 80
    lb_protocol       = "http"
    instance_port     = 80
    instance_protocol = "http"
  }
  access_logs {
    bucket = "elb-logs"
  }
}

resource "aws_load_balancer_policy" "tls12" {
  load_balancer_name = aws_elb.legacy.name
  policy_name        = "tls12"
  policy_type_name   = "SSLNegotiationPolicyType"
  policy_attribute {
    name  = "Reference-Security-Policy"
    value = "ELBSecurityPolicy-TLS-1-2-2017-01"
  }
}

resource "aws_load_balancer_listener_policy" "https" {
  load_balancer_name = aws_elb.legacy.name
  load_balancer_port = 443
  policy_names       = [aws_load_balancer_policy.tls12.policy_name]
}
`;

describe('Elastic Load Balancing in Terraform', () => {
  it('settles defaults, reads settings and joins associations, certificates and policies', async () => {
    const r = await scanHcl({ 'main.tf': MAIN });
    expect(r.problems).toEqual([]);
    const portal = byAddress(r, LB, 'aws_lb.portal');
    expect(portal.name).toBe('phi-portal');
    expect(portal.props).toEqual({
      loadBalancerName: 'phi-portal',
      type: 'application',
      scheme: 'internet-facing',
      deletionProtection: true,
      dropInvalidHeaderFields: true,
      accessLogs: { bucket: 'ref:infra#aws_s3_bucket.logs', prefix: 'portal' },
      webAclArn: 'ref:infra#aws_wafv2_web_acl.edge',
    });
    // An access_logs block without `enabled = true` leaves logging off.
    expect(byAddress(r, LB, 'aws_lb.feed').props).toMatchObject({ type: 'network', scheme: 'internal', accessLogs: null, webAclArn: null, deletionProtection: false });
    expect(byAddress(r, 'AWS::WAFv2::WebACL', 'aws_wafv2_web_acl.edge').props).toEqual({
      name: 'phi-edge',
      scope: 'REGIONAL',
      logDestinations: ['arn:aws:logs:us-east-1:111122223333:log-group:aws-waf-logs-phi'],
    });

    expect(byAddress(r, LISTENER, 'aws_lb_listener.https').props).toEqual({
      loadBalancerArn: 'ref:infra#aws_lb.portal',
      protocol: 'HTTPS',
      port: 443,
      sslPolicy: 'ELBSecurityPolicy-2016-08',
      certificates: ['arn:aws:acm:us-east-1:111122223333:certificate/abc', 'arn:aws:iam::111122223333:server-certificate/legacy'],
      defaultActions: [{ type: 'forward', redirectProtocol: null, targetGroups: ['ref:infra#aws_lb_target_group.app'] }],
    });
    // No protocol on an ALB listener is HTTP; a redirect without one keeps the request's.
    expect(byAddress(r, LISTENER, 'aws_lb_listener.http').props).toMatchObject({
      protocol: 'HTTP',
      sslPolicy: null,
      defaultActions: [{ type: 'redirect', redirectProtocol: '#{protocol}', targetGroups: [] }],
    });
    expect(byAddress(r, LISTENER, 'aws_lb_listener.tls').props.sslPolicy).toMatchObject({ $unknown: expect.stringMatching(/policy/) });

    expect(byAddress(r, TG, 'aws_lb_target_group.app').props).toEqual({ targetGroupName: 'phi-app', targetType: 'ip', protocol: 'HTTP', port: 8080 });
    expect(byAddress(r, TG, 'aws_lb_target_group.fn').props).toMatchObject({ targetType: 'lambda', protocol: null });

    const legacy = byAddress(r, CLB, 'aws_elb.legacy');
    expect(legacy.props).toMatchObject({ scheme: 'internet-facing', crossZone: true, accessLogs: { bucket: 'elb-logs', prefix: null } });
    const listeners = legacy.props.listeners as { protocol: string; instanceProtocol: string; sslPolicy: unknown }[];
    expect(listeners.map((l) => [l.protocol, l.instanceProtocol, l.sslPolicy])).toEqual([
      ['HTTPS', 'HTTP', { name: 'tls12', reference: 'ELBSecurityPolicy-TLS-1-2-2017-01', protocols: ['TLSv1.2'] }],
      ['SSL', 'TCP', { name: 'ELBSecurityPolicy-2016-08', reference: 'ELBSecurityPolicy-2016-08', protocols: ['TLSv1', 'TLSv1.1', 'TLSv1.2'] }],
      ['HTTP', 'HTTP', null],
    ]);
  });
});
