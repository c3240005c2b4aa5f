import type { EdgePropsByType } from '../../../model/aws/edge.js';
import type { GoodDefaults } from './types.js';

const ACCOUNT = '111122223333';
const REGION = 'us-east-1';
const CERT = `arn:aws:acm:${REGION}:${ACCOUNT}:certificate/5e1d3c2b-aaaa-bbbb-cccc-000000000001`;
const WEB_ACL = `arn:aws:wafv2:${REGION}:${ACCOUNT}:regional/webacl/phi-edge/0f1e2d3c-aaaa-bbbb-cccc-000000000001`;

/** Known-good props of each edge type: a resource every rule passes. */
export const EDGE_GOOD: GoodDefaults<EdgePropsByType> = {
  'AWS::ElasticLoadBalancingV2::LoadBalancer': () => ({
    loadBalancerName: 'phi-portal',
    type: 'application',
    scheme: 'internet-facing',
    deletionProtection: true,
    dropInvalidHeaderFields: true,
    accessLogs: { bucket: 'elb-access-logs', prefix: 'phi-portal' },
    webAclArn: WEB_ACL,
  }),
  'AWS::ElasticLoadBalancingV2::Listener': () => ({
    loadBalancerArn: `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:loadbalancer/app/phi-portal/50dc6c495c0c9188`,
    protocol: 'HTTPS',
    port: 443,
    sslPolicy: 'ELBSecurityPolicy-TLS13-1-2-2021-06',
    certificates: [CERT],
    defaultActions: [
      {
        type: 'forward',
        redirectProtocol: null,
        targetGroups: [`arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT}:targetgroup/phi-app/73e2d6bc24d8a067`],
      },
    ],
  }),
  'AWS::ElasticLoadBalancingV2::TargetGroup': () => ({ targetGroupName: 'phi-app', targetType: 'ip', protocol: 'HTTPS', port: 8443 }),
  'AWS::ElasticLoadBalancing::LoadBalancer': () => ({
    loadBalancerName: 'legacy-phi',
    scheme: 'internet-facing',
    listeners: [
      {
        protocol: 'HTTPS',
        port: 443,
        instanceProtocol: 'HTTPS',
        certificateId: CERT,
        sslPolicy: { name: 'ELBSecurityPolicy-TLS-1-2-2017-01', reference: 'ELBSecurityPolicy-TLS-1-2-2017-01', protocols: ['TLSv1.2'] },
      },
    ],
    crossZone: true,
    accessLogs: { bucket: 'elb-access-logs', prefix: 'legacy-phi' },
  }),
  'AWS::ApiGateway::RestApi': () => ({
    name: 'patients-api',
    endpointTypes: ['REGIONAL'],
    methods: [
      { name: 'GET /patients/{id}', httpMethod: 'GET', requestValidatorId: 'v1a2b3' },
      { name: 'POST /patients', httpMethod: 'POST', requestValidatorId: 'v1a2b3' },
    ],
  }),
  'AWS::ApiGateway::Stage': () => ({
    restApiId: 'a1b2c3d4e5',
    stageName: 'prod',
    tracingEnabled: true,
    clientCertificateId: 'ab12cd',
    cacheClusterEnabled: true,
    methodSettings: [{ key: '*/*', loggingLevel: 'ERROR', dataTraceEnabled: false, cachingEnabled: true, cacheDataEncrypted: true }],
    accessLogDestinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/apigw/patients-api`,
    webAclArn: WEB_ACL,
  }),
  'AWS::ApiGateway::DomainName': () => ({ domainName: 'api.clinic.example', securityPolicy: 'TLS_1_2', endpointTypes: ['REGIONAL'] }),
  'AWS::ApiGatewayV2::Stage': () => ({
    apiId: 'f6g7h8i9j0',
    stageName: '$default',
    accessLogDestinationArn: `arn:aws:logs:${REGION}:${ACCOUNT}:log-group:/apigw/intake-http`,
  }),
  'AWS::CloudFront::Distribution': () => ({
    enabled: true,
    aliases: ['portal.clinic.example'],
    behaviors: [
      { pathPattern: '*', viewerProtocolPolicy: 'redirect-to-https' },
      { pathPattern: '/api/*', viewerProtocolPolicy: 'https-only' },
    ],
    usesDefaultCertificate: false,
    minimumProtocolVersion: 'TLSv1.2_2021',
    certificate: `arn:aws:acm:us-east-1:${ACCOUNT}:certificate/5e1d3c2b-aaaa-bbbb-cccc-000000000002`,
    logging: { bucket: 'cdn-logs.s3.amazonaws.com', prefix: 'portal/' },
    webAclId: `arn:aws:wafv2:us-east-1:${ACCOUNT}:global/webacl/phi-cdn/0f1e2d3c-aaaa-bbbb-cccc-000000000002`,
  }),
  'AWS::CertificateManager::Certificate': () => ({
    domainName: 'portal.clinic.example',
    type: 'AMAZON_ISSUED',
    status: 'ISSUED',
    notAfter: new Date(Date.now() + 200 * 86_400_000).toISOString(),
    inUse: true,
    renewalEligibility: 'ELIGIBLE',
  }),
  'AWS::WAFv2::WebACL': () => ({
    name: 'phi-edge',
    scope: 'REGIONAL',
    logDestinations: [`arn:aws:logs:${REGION}:${ACCOUNT}:log-group:aws-waf-logs-phi-edge`],
  }),
  'AWS::WAF::WebACL': () => ({
    name: 'legacy-cdn',
    scope: 'CLOUDFRONT',
    logDestinations: [`arn:aws:firehose:us-east-1:${ACCOUNT}:deliverystream/aws-waf-logs-legacy-cdn`],
  }),
  'AWS::DirectConnect::Connection': () => ({
    connectionName: 'dc-to-clinic',
    bandwidth: '10Gbps',
    location: 'EqDC2',
    connectionState: 'available',
    macSecCapable: true,
    encryptionMode: 'must_encrypt',
    portEncryptionStatus: 'Encryption Up',
  }),
  'AWS::ElasticBeanstalk::Environment': () => ({
    environmentName: 'intake-prod',
    applicationName: 'intake',
    managedActionsEnabled: true,
    healthReportingSystemType: 'enhanced',
  }),
};
