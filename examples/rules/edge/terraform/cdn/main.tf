# Patient portal CDN and its web ACL: good_* configured for PHI, bad_* at provider defaults.

variable "portal_origin_domain" {
  type    = string
  default = "portal-origin.clinic.example"
}

resource "aws_acm_certificate" "cdn" {
  domain_name       = "portal.clinic.example"
  validation_method = "DNS"
}

resource "aws_s3_bucket" "cdn_logs" {
  bucket = "clinic-cdn-logs-tf"
}

resource "aws_cloudwatch_log_group" "waf" {
  name              = "aws-waf-logs-portal-cdn-tf"
  retention_in_days = 2192
}

resource "aws_wafv2_web_acl" "good_cdn" {
  name  = "portal-cdn-good"
  scope = "CLOUDFRONT"

  default_action {
    allow {}
  }

  visibility_config {
    sampled_requests_enabled   = true
    cloudwatch_metrics_enabled = true
    metric_name                = "portal-cdn-good"
  }
}

resource "aws_wafv2_web_acl_logging_configuration" "good_cdn" {
  resource_arn            = aws_wafv2_web_acl.good_cdn.arn
  log_destination_configs = [aws_cloudwatch_log_group.waf.arn]

  redacted_fields {
    single_header {
      name = "authorization"
    }
  }
}

resource "aws_wafv2_web_acl" "bad_cdn" {
  name  = "portal-cdn-bad"
  scope = "CLOUDFRONT"

  default_action {
    allow {}
  }

  visibility_config {
    sampled_requests_enabled   = true
    cloudwatch_metrics_enabled = true
    metric_name                = "portal-cdn-bad"
  }
}

resource "aws_cloudfront_distribution" "good_portal" {
  enabled    = true
  aliases    = ["portal.clinic.example"]
  web_acl_id = aws_wafv2_web_acl.good_cdn.arn

  origin {
    origin_id   = "portal"
    domain_name = var.portal_origin_domain
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "portal"
    viewer_protocol_policy = "redirect-to-https"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  }

  ordered_cache_behavior {
    path_pattern           = "/api/*"
    target_origin_id       = "portal"
    viewer_protocol_policy = "https-only"
    allowed_methods        = ["GET", "HEAD", "OPTIONS", "PUT", "POST", "PATCH", "DELETE"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  }

  viewer_certificate {
    acm_certificate_arn      = aws_acm_certificate.cdn.arn
    ssl_support_method       = "sni-only"
    minimum_protocol_version = "TLSv1.2_2021"
  }

  logging_config {
    bucket = aws_s3_bucket.cdn_logs.bucket_domain_name
    prefix = "portal/"
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
}

resource "aws_cloudfront_distribution" "bad_portal" {
  enabled = true

  origin {
    origin_id   = "portal"
    domain_name = var.portal_origin_domain
    custom_origin_config {
      http_port              = 80
      https_port             = 443
      origin_protocol_policy = "https-only"
      origin_ssl_protocols   = ["TLSv1.2"]
    }
  }

  default_cache_behavior {
    target_origin_id       = "portal"
    viewer_protocol_policy = "allow-all"
    allowed_methods        = ["GET", "HEAD"]
    cached_methods         = ["GET", "HEAD"]
    cache_policy_id        = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad"
  }

  viewer_certificate {
    cloudfront_default_certificate = true
  }

  restrictions {
    geo_restriction {
      restriction_type = "none"
    }
  }
}
