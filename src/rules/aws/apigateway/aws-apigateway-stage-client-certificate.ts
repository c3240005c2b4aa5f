import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-apigateway-stage-client-certificate',
    title: 'REST API stage presents a client certificate to its backend',
    severity: 'low',
    hipaa: ['164.312(d)', '164.312(e)(1)'],
    resourceTypes: ['AWS::ApiGateway::Stage'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['apigw-stage-client-certificate'],
    rationale:
      'This is about the backend, not the TLS version clients use (AWS Config calls it api-gw-ssl-enabled). With a ' +
      'client certificate on the stage, an HTTP backend can verify that a request carrying PHI really came through ' +
      'API Gateway and refuse anything that reached it another way. It matters for HTTP integrations; Lambda and AWS ' +
      'service integrations are already authenticated by IAM.',
    remediation: {
      text: 'Generate an API Gateway client certificate, set it on the stage, and have the backend require it.',
      cli: 'aws apigateway generate-client-certificate --description backend-auth\naws apigateway update-stage --rest-api-id API_ID --stage-name STAGE --patch-operations op=replace,path=/clientCertificateId,value=CERT_ID',
      terraform: 'resource "aws_api_gateway_client_certificate" "backend" {}\n\nresource "aws_api_gateway_stage" "this" {\n  # ...\n  client_certificate_id = aws_api_gateway_client_certificate.backend.id\n}',
      cloudformation: 'ClientCertificateId: !Ref BackendClientCertificate',
    },
  },
  evaluate(stage) {
    const cert = stage.props.clientCertificateId;
    if (isUnknown(cert)) return unknownResult('clientCertificateId', cert);
    const evidence = ev('clientCertificateId', cert);
    return cert
      ? pass(`The stage presents client certificate ${cert} to its backend.`, evidence)
      : fail('The stage presents no client certificate: the backend cannot tell API Gateway from any other caller.', evidence);
  },
});
