import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-cloudfront-viewer-https',
    title: 'CloudFront distribution serves every cache behaviour over HTTPS only',
    severity: 'high',
    hipaa: ['164.312(e)(1)', '164.312(e)(2)(ii)'],
    resourceTypes: ['AWS::CloudFront::Distribution'],
    sources: ['live', 'cloudformation', 'terraform'],
    covers: ['cloudfront-viewer-https-only'],
    rationale:
      'A behaviour with viewer protocol policy allow-all answers plain HTTP: pages, API responses and the cookies ' +
      'and tokens viewers send travel in clear text between the viewer and the edge. Every behaviour, not just the ' +
      'default one, has to use https-only or redirect-to-https, since one path pattern is enough to leak PHI.',
    remediation: {
      text: 'Set ViewerProtocolPolicy to redirect-to-https (or https-only) on the default and every ordered cache behaviour.',
      cli: 'aws cloudfront get-distribution-config --id DIST_ID > dist.json  # set ViewerProtocolPolicy to redirect-to-https in every behaviour\naws cloudfront update-distribution --id DIST_ID --if-match ETAG --distribution-config file://dist-config.json',
      terraform: 'default_cache_behavior {\n  # ...\n  viewer_protocol_policy = "redirect-to-https"\n}',
      cloudformation: 'DefaultCacheBehavior:\n  ViewerProtocolPolicy: redirect-to-https',
    },
  },
  evaluate(dist) {
    const behaviors = dist.props.behaviors;
    if (isUnknown(behaviors)) return unknownResult('behaviors', behaviors);
    const evidence = ev('behaviors', behaviors);
    const open: string[] = [];
    for (const b of behaviors) {
      if (isUnknown(b.viewerProtocolPolicy)) return unknownResult('behaviors.viewerProtocolPolicy', b.viewerProtocolPolicy);
      if (b.viewerProtocolPolicy === 'allow-all') open.push(isUnknown(b.pathPattern) ? '?' : b.pathPattern);
    }
    if (open.length > 0) return fail(`Plain HTTP is allowed for ${open.map((p) => (p === '*' ? 'the default behaviour' : p)).join(', ')}.`, evidence);
    return pass(`All ${behaviors.length} behaviour(s) require HTTPS.`, evidence);
  },
});
