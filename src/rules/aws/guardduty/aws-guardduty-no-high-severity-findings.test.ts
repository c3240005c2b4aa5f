import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-guardduty-no-high-severity-findings.js';

const detector = (activeBySeverity: { severity: number; count: number }[]) =>
  resource('AWS::GuardDuty::Detector', { findings: { activeBySeverity, oldestActiveCreatedAt: activeBySeverity.length ? '2025-01-01T00:00:00Z' : null } });

ruleTester(rule, {
  pass: [
    { name: 'no open findings', resource: detector([]) },
    { name: 'only low and medium findings', resource: detector([{ severity: 5, count: 3 }, { severity: 2, count: 10 }]), message: /severity 7/ },
    { name: 'a 7.5 finding when the threshold is raised to critical (9)', resource: detector([{ severity: 7.5, count: 1 }]), options: { minSeverity: 9 } },
  ],
  fail: [
    { name: 'one high finding', resource: detector([{ severity: 8, count: 1 }, { severity: 2, count: 4 }]), message: /^1 open/ },
    { name: 'a medium finding when the threshold is lowered to 4', resource: detector([{ severity: 5, count: 2 }]), options: { minSeverity: 4 }, message: /^2 open/ },
  ],
  not_assessed: [
    { name: 'statistics were throttled', resource: resource('AWS::GuardDuty::Detector', { findings: unknown('throttled: guardduty:GetFindingsStatistics gave up after 10 attempts') }) },
  ],
  not_applicable: [
    { name: 'a region without a detector', resource: resource('AWS::GuardDuty::Detector', { detectorId: null, status: null, findings: null }) },
  ],
});
