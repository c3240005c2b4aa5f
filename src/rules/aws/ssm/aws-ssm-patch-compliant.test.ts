import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ssm-patch-compliant.js';

const at = '2026-11-20T03:00:00.000Z';
const patch = (status: 'COMPLIANT' | 'NON_COMPLIANT' | ReturnType<typeof unknown>, nonCompliantCount = 0, overallSeverity: string | null = 'UNSPECIFIED') =>
  resource('AWS::SSM::ManagedInstanceCompliance', { patch: { status, nonCompliantCount, overallSeverity, executionTime: at } });

ruleTester(rule, {
  pass: [{ name: 'every approved patch installed', resource: patch('COMPLIANT'), message: /every patch/ }],
  fail: [
    { name: 'three critical patches missing', resource: patch('NON_COMPLIANT', 3, 'CRITICAL'), message: /NON_COMPLIANT for patches: 3 missing or failed \(highest severity CRITICAL\)/ },
    { name: 'non-compliant without a severity', resource: patch('NON_COMPLIANT', 1), message: /1 missing or failed\.$/ },
  ],
  not_assessed: [{ name: 'a status SSM does not document', resource: patch(unknown('SSM reported compliance status (none) for Patch')), message: /status/ }],
  not_applicable: [{ name: 'an instance never scanned for patches', resource: resource('AWS::SSM::ManagedInstanceCompliance', { patch: null }) }],
});
