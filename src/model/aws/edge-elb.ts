import type { Known } from '../unknown.js';

/** Where a load balancer delivers its access logs. */
export interface AccessLogTarget {
  bucket: Known<string>;
  prefix: Known<string | null>;
}

export interface Elbv2LoadBalancerProps {
  loadBalancerName: Known<string>;
  /** `application`, `network` or `gateway`. */
  type: Known<string>;
  /** `internet-facing` or `internal`. */
  scheme: Known<string>;
  deletionProtection: Known<boolean>;
  /** `routing.http.drop_invalid_header_fields.enabled`; only Application Load Balancers have it (false for others). */
  dropInvalidHeaderFields: Known<boolean>;
  /** null: access logs off. */
  accessLogs: Known<AccessLogTarget | null>;
  /** The AWS WAF web ACL associated with it; null: none. */
  webAclArn: Known<string | null>;
}

export interface Elbv2ListenerAction {
  /** `forward`, `redirect`, `fixed-response`, `authenticate-oidc`, `authenticate-cognito`. */
  type: Known<string>;
  /** For `redirect`: the protocol redirected to (`HTTPS`, or `#{protocol}` to keep the request's); null otherwise. */
  redirectProtocol: Known<string | null>;
  /** For `forward`: the target groups it sends to. */
  targetGroups: Known<string>[];
}

export interface Elbv2ListenerProps {
  loadBalancerArn: Known<string | null>;
  /** `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`; null for Gateway Load Balancer listeners, which have none. */
  protocol: Known<string | null>;
  port: Known<number | null>;
  /** The security policy of an HTTPS or TLS listener, AWS's default settled when none was given; null for others. */
  sslPolicy: Known<string | null>;
  /** Certificate ARNs (ACM or IAM server certificates), the default one first. */
  certificates: Known<Known<string>[]>;
  defaultActions: Known<Elbv2ListenerAction[]>;
}

export interface Elbv2TargetGroupProps {
  targetGroupName: Known<string>;
  /** `instance`, `ip`, `lambda` or `alb`. */
  targetType: Known<string>;
  /** How the load balancer talks to the targets: `HTTP`, `HTTPS`, `TCP`, `TLS`, `UDP`, `TCP_UDP`, `GENEVE`; null for Lambda targets. */
  protocol: Known<string | null>;
  port: Known<number | null>;
}

/** The SSL negotiation policy of a classic load balancer's HTTPS or SSL listener. */
export interface ClbSslPolicy {
  name: Known<string>;
  /** The predefined policy it was made from (`Reference-Security-Policy`); null for a custom policy. */
  reference: Known<string | null>;
  /** Enabled protocol attributes without the `Protocol-` prefix: `TLSv1`, `TLSv1.1`, `TLSv1.2`, `SSLv3`. */
  protocols: Known<string[]>;
}

export interface ClbListener {
  /** Front-end protocol, upper case: `HTTP`, `HTTPS`, `TCP`, `SSL`. */
  protocol: Known<string>;
  port: Known<number>;
  instanceProtocol: Known<string>;
  /** ACM certificate or IAM server certificate ARN; null for HTTP and TCP listeners. */
  certificateId: Known<string | null>;
  /** null for HTTP and TCP listeners; AWS's default policy when an HTTPS/SSL listener names none. */
  sslPolicy: Known<ClbSslPolicy | null>;
}

export interface ElbLoadBalancerProps {
  loadBalancerName: Known<string>;
  scheme: Known<string>;
  listeners: Known<ClbListener[]>;
  crossZone: Known<boolean>;
  /** null: access logs off. */
  accessLogs: Known<AccessLogTarget | null>;
}
