import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elbv2-waf-enabled',
    title: 'Internet-facing Application Load Balancer is protected by an AWS WAF web ACL',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(B)', '164.308(a)(5)(ii)(B)'],
    resourceTypes: ['AWS::ElasticLoadBalancingV2::LoadBalancer'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['alb-waf-enabled'],
    rationale:
      'An internet-facing Application Load Balancer receives whatever the internet sends: SQL injection, credential ' +
      'stuffing, scanners and known exploit payloads aimed at the application holding PHI. A web ACL filters those ' +
      'before they reach it, and its rate rules blunt brute force against login and record-lookup endpoints.',
    remediation: {
      text: 'Associate an AWS WAF web ACL (with at least the AWS managed core rule set) with the load balancer. In a template the association must be declared beside the load balancer to be seen.',
      cli: 'aws wafv2 associate-web-acl --web-acl-arn WEB_ACL_ARN --resource-arn LB_ARN',
      terraform: 'resource "aws_wafv2_web_acl_association" "this" {\n  resource_arn = aws_lb.this.arn\n  web_acl_arn  = aws_wafv2_web_acl.this.arn\n}',
      cloudformation: 'Type: AWS::WAFv2::WebACLAssociation\nProperties:\n  ResourceArn: !Ref LoadBalancer\n  WebACLArn: !GetAtt WebACL.Arn',
    },
  },
  evaluate(lb) {
    const { type, scheme, webAclArn } = lb.props;
    if (isUnknown(type)) return unknownResult('type', type);
    if (type !== 'application') return null;
    if (isUnknown(scheme)) return unknownResult('scheme', scheme);
    // Internal load balancers are reached only from inside the network; WAF is a choice there.
    if (scheme !== 'internet-facing') return null;
    if (isUnknown(webAclArn)) return unknownResult('webAclArn', webAclArn);
    const evidence = ev('webAclArn', webAclArn);
    return webAclArn
      ? pass(`Web ACL ${webAclArn} filters its requests.`, evidence)
      : fail('No web ACL is associated: every request reaches the targets unfiltered.', evidence);
  },
});
