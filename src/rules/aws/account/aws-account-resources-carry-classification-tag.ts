import { z } from 'zod';
import { accountDeclaredPhi } from '../../../analysis/phi-account.js';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-account-resources-carry-classification-tag',
    title: 'Every resource in a PHI account carries the data-classification tag',
    severity: 'low',
    hipaa: ['164.308(a)(1)(ii)(A)'],
    resourceTypes: ['AWS::ResourceGroupsTaggingAPI::Resource'],
    sources: ['live'],
    covers: ['gap-aws-phi-account-classification-tag'],
    rationale:
      'A risk analysis (164.308(a)(1)(ii)(A)) starts from knowing where ePHI is. In an account declared as holding ' +
      'PHI, a classification tag on every resource is what lets tag policies, ABAC conditions, backups and scans ' +
      'tell PHI stores from the rest. Resources come from the Resource Groups Tagging API, which returns only ' +
      'resources that carry (or once carried) a tag: a resource that was never tagged at all is invisible to it, ' +
      'so this rule cannot see it; an AWS Organizations tag policy requiring the key closes that gap at creation.',
    remediation: {
      text: 'Tag the resource with the data-classification key (phi, internal, public…), and enforce the key with an AWS Organizations tag policy on the PHI account.',
      cli: 'aws resourcegroupstaggingapi tag-resources --resource-arn-list RESOURCE_ARN --tags data-classification=phi',
    },
  },
  options: z.object({ tagKey: z.string().min(1).default('data-classification') }),
  evaluate(r, ctx) {
    // Only accounts declared as holding PHI (phi.accounts); a tagged resource elsewhere is
    // classified by the very tag that put it in scope.
    if (!accountDeclaredPhi(r, ctx)) return null;
    if (isUnknown(r.tags)) return unknownResult('tags', r.tags);
    const key = ctx.options.tagKey;
    const value = Object.hasOwn(r.tags, key) ? r.tags[key] : undefined;
    const evidence = [ev(`tags.${key}`, value ?? null), ev('options.tagKey', key)];
    if (value === undefined) {
      return fail(`The resource is in an account declared as holding PHI but has no "${key}" tag.`, ...evidence, ev('tagKeys', Object.keys(r.tags).sort()));
    }
    if (value.trim() === '') return fail(`The resource's "${key}" tag is empty.`, ...evidence);
    return pass(`The resource is classified: ${key}=${value}.`, ...evidence);
  },
});
