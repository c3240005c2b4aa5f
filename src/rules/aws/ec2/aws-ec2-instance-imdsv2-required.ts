import type { AnyResource } from '../../../model/resource.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, notAssessed, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-ec2-instance-imdsv2-required',
    title: 'EC2 instance metadata requires IMDSv2 session tokens',
    severity: 'high',
    hipaa: ['164.312(a)(1)', '164.308(a)(3)(i)', '164.308(a)(4)(ii)(C)'],
    resourceTypes: ['AWS::EC2::Instance', 'AWS::EC2::LaunchTemplate', 'AWS::AutoScaling::LaunchConfiguration'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['ec2-imdsv2-required', 'ec2-enclave-host-imdsv2'],
    rationale:
      'With IMDSv1 a single server-side request forgery in an application is enough to read the instance role\'s ' +
      'credentials from 169.254.169.254 and use them against the S3 buckets and databases holding PHI. IMDSv2 ' +
      'requires a session token obtained with a PUT, which SSRF and most open proxies cannot send. Hosts of ' +
      'Nitro Enclaves need it as much as any other.',
    remediation: {
      text: 'Set HttpTokens to required on the instance, launch template or launch configuration (or disable the metadata endpoint if nothing uses it). A template that leaves it out inherits the API default, which still allows IMDSv1 unless the AMI says otherwise.',
      cli: 'aws ec2 modify-instance-metadata-options --instance-id i-XXXX --http-tokens required --http-endpoint enabled',
      terraform: 'resource "aws_instance" "app" {\n  # ...\n  metadata_options {\n    http_tokens   = "required"\n    http_endpoint = "enabled"\n  }\n}',
      cloudformation: 'MetadataOptions:\n  HttpTokens: required\n  HttpEndpoint: enabled',
    },
  },
  evaluate(r, ctx) {
    let imds = r.props.imds;
    // A declared instance without metadata options of its own gets its launch template's.
    const from = 'launchTemplate' in r.props ? r.props.launchTemplate : null;
    if (isUnknown(imds) && typeof from === 'string') {
      const template = ctx.lookup('AWS::EC2::LaunchTemplate', from, r as AnyResource);
      if (!template) return notAssessed(`metadata options come from launch template ${from}, which is not in the scan`);
      imds = template.props.imds;
    }
    if (isUnknown(imds)) return unknownResult('imds', imds);
    if (imds.httpEndpoint === 'disabled') return pass('The instance metadata endpoint is disabled.', ev('imds.httpEndpoint', 'disabled'));
    if (isUnknown(imds.httpTokens)) return unknownResult('imds.httpTokens', imds.httpTokens);
    const seen = ev('imds.httpTokens', imds.httpTokens);
    if (imds.httpTokens === 'required') return pass('Instance metadata requires IMDSv2 session tokens.', seen);
    if (isUnknown(imds.httpEndpoint)) return unknownResult('imds.httpEndpoint', imds.httpEndpoint);
    return fail('Instance metadata still answers IMDSv1 requests without a session token.', seen, ev('imds.httpEndpoint', imds.httpEndpoint));
  },
});
