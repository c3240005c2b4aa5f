import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-elbv2-listener-https-redirect',
    title: 'HTTP listener redirects to HTTPS instead of serving traffic',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::ElasticLoadBalancingV2::Listener'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['alb-http-to-https-redirect'],
    rationale:
      'A plain HTTP listener that forwards requests carries session cookies, credentials and PHI in clear text over ' +
      'the internet. Redirecting port 80 to HTTPS keeps the convenience of typing the bare address while every ' +
      'request that carries data travels encrypted.',
    remediation: {
      text: "Make the HTTP listener's default action a redirect to HTTPS (status 301), or remove the listener. Listener rules that forward individual paths over HTTP must be removed too.",
      cli: 'aws elbv2 modify-listener --listener-arn LISTENER_ARN --default-actions Type=redirect,RedirectConfig="{Protocol=HTTPS,Port=443,StatusCode=HTTP_301}"',
      terraform: 'default_action {\n  type = "redirect"\n  redirect {\n    protocol    = "HTTPS"\n    port        = "443"\n    status_code = "HTTP_301"\n  }\n}',
      cloudformation: 'DefaultActions:\n  - Type: redirect\n    RedirectConfig:\n      Protocol: HTTPS\n      Port: "443"\n      StatusCode: HTTP_301',
    },
  },
  evaluate(listener) {
    const protocol = listener.props.protocol;
    if (isUnknown(protocol)) return unknownResult('protocol', protocol);
    if (protocol !== 'HTTP') return null;
    const actions = listener.props.defaultActions;
    if (isUnknown(actions)) return unknownResult('defaultActions', actions);
    const evidence = ev('defaultActions', actions);
    const last = actions.at(-1);
    if (!last) return fail('The HTTP listener has no default action.', evidence);
    if (isUnknown(last.type)) return unknownResult('defaultActions.type', last.type);
    if (last.type === 'fixed-response') return pass('The HTTP listener answers with a fixed response and forwards nothing.', evidence);
    if (last.type !== 'redirect') return fail(`The HTTP listener's default action is ${last.type}: requests are served over plain HTTP.`, evidence);
    if (isUnknown(last.redirectProtocol)) return unknownResult('defaultActions.redirectProtocol', last.redirectProtocol);
    return last.redirectProtocol === 'HTTPS'
      ? pass('The HTTP listener redirects to HTTPS.', evidence)
      : fail(`The HTTP listener redirects to ${last.redirectProtocol}, not to HTTPS.`, evidence);
  },
});
