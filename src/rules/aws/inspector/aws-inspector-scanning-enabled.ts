import { z } from 'zod';
import { isUnknown } from '../../../model/unknown.js';
import { defineRule } from '../../define.js';
import { ev, fail, pass, unknownResult } from '../../result.js';

export default defineRule({
  meta: {
    id: 'aws-inspector-scanning-enabled',
    title: 'Amazon Inspector scans EC2, ECR and Lambda in the region',
    severity: 'medium',
    hipaa: ['164.308(a)(1)(ii)(A)', '164.308(a)(8)'],
    resourceTypes: ['AWS::Inspector2::Account'],
    sources: ['live'],
    rationale:
      'Unpatched software is the most common way into the instances, containers and functions that process ePHI. ' +
      'Inspector finds known vulnerabilities in them continuously, which feeds the risk analysis (164.308(a)(1)(ii)(A)) ' +
      'and the periodic technical evaluation (164.308(a)(8)).',
    remediation: {
      text: 'Activate Amazon Inspector for EC2, ECR and Lambda scanning in every region, from the delegated administrator for the whole organization.',
      cli: 'aws inspector2 enable --resource-types EC2 ECR LAMBDA --region REGION',
    },
  },
  options: z.object({ scanTypes: z.array(z.enum(['EC2', 'ECR', 'LAMBDA', 'LAMBDA_CODE'])).default(['EC2', 'ECR', 'LAMBDA']) }),
  evaluate(account, ctx) {
    const scans = account.props.scans;
    if (isUnknown(scans)) return unknownResult('scans', scans);
    const off = ctx.options.scanTypes.filter((t) => scans[t] !== 'ENABLED');
    const evidence = [ev('scans', scans), ev('options.scanTypes', ctx.options.scanTypes)];
    if (off.length > 0) return fail(`Inspector does not scan ${off.join(', ')} in the region.`, ...evidence);
    return pass(`Inspector scans ${ctx.options.scanTypes.join(', ')}.`, ...evidence);
  },
});
