import { unknown } from '../../../model/unknown.js';
import { resource } from '../../test-support/fixtures.js';
import { ruleTester } from '../../test-support/rule-tester.js';
import rule from './aws-guardduty-findings-triaged.js';

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();
const detector = (oldestActiveCreatedAt: string | null | ReturnType<typeof unknown>) =>
  resource('AWS::GuardDuty::Detector', { findings: { activeBySeverity: oldestActiveCreatedAt ? [{ severity: 5, count: 1 }] : [], oldestActiveCreatedAt } });

ruleTester(rule, {
  pass: [
    { name: 'nothing open', resource: detector(null), message: /No finding/ },
    { name: 'the oldest open finding is 3 days old', resource: detector(daysAgo(3)), message: /3 days old/ },
    { name: 'a 60-day-old finding when 90 days are allowed', resource: detector(daysAgo(60)), options: { maxOpenDays: 90 } },
  ],
  fail: [
    { name: 'a finding open for 45 days', resource: detector(daysAgo(45)), message: /45 days ago/ },
    { name: 'a 10-day-old finding when 7 days are allowed', resource: detector(daysAgo(10)), options: { maxOpenDays: 7 } },
  ],
  not_assessed: [
    { name: 'the oldest finding could not be read', resource: detector(unknown('AccessDenied on guardduty:GetFindings')), message: /GetFindings/ },
    { name: 'the date is not a date', resource: detector('yesterday') },
  ],
  not_applicable: [
    { name: 'a suspended detector', resource: resource('AWS::GuardDuty::Detector', { status: 'DISABLED' }) },
  ],
});
