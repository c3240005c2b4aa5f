import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-ssm-association-compliant.js';

const at = '2026-11-20T03:00:00.000Z';
const assoc = (status: 'COMPLIANT' | 'NON_COMPLIANT' | ReturnType<typeof unknown>, nonCompliantCount = 0, overallSeverity: string | null = 'UNSPECIFIED') =>
  resource('AWS::SSM::ManagedInstanceCompliance', { association: { status, nonCompliantCount, overallSeverity, executionTime: at } });

ruleTester(rule, {
  pass: [{ name: 'every association applied', resource: assoc('COMPLIANT'), message: /succeeded/ }],
  fail: [{ name: 'the CloudWatch agent association failed', resource: assoc('NON_COMPLIANT', 1, 'HIGH'), message: /NON_COMPLIANT with its associations: 1 did not apply/ }],
  not_assessed: [{ name: 'a status SSM does not document', resource: assoc(unknown('SSM reported compliance status (none) for Association')), message: /status/ }],
  not_applicable: [{ name: 'no association targets the instance', resource: resource('AWS::SSM::ManagedInstanceCompliance', { association: null }) }],
});
