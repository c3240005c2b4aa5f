import { describe, expect, it } from 'vitest';
import { maskedPreview, safeName } from './mask.js';

describe('safeName', () => {
  it('masks identifiers in keys, keeps ordinary names and dates', () => {
    expect(safeName('claims/536-22-1234.txt')).toBe('claims/[NUMBER:11].txt');
    expect(safeName('x/jane.roe@mercyclinic.org.csv')).toMatch(/^x\/\[EMAIL:\d+\]/);
    expect(safeName('calls/(415) 555-2671.wav')).not.toContain('555');
    expect(safeName('logs/2026-01-15/app.log')).toBe('logs/2026-01-15/app.log');
    expect(safeName('exports/patients.csv')).toBe('exports/patients.csv');
  });
});

describe('maskedPreview', () => {
  it('keeps only the type and the length', () => {
    expect(maskedPreview([{ type: 'ssn', count: 2, confidence: 0.9, ranges: [[0, 11], [20, 29]], rangesTruncated: false }])).toEqual({ ssn: ['[SSN:11]', '[SSN:9]'] });
  });
});
