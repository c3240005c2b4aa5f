import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { InputError } from '../util/errors.js';
import { loadConfig, parseConfig } from './load.js';

const KNOWN = new Set(['aws-s3-bucket-versioning-enabled', 'aws-logs-log-group-retention']);

function errorOf(text: string): string {
  try {
    parseConfig(text, 'phiguard.config.yaml', KNOWN);
  } catch (e) {
    expect(e).toBeInstanceOf(InputError);
    return (e as Error).message;
  }
  throw new Error('expected the config to be rejected');
}

describe('config file', () => {
  it('applies defaults when empty: PHI tags phi=true and data-classification=phi, fail on high', () => {
    const c = parseConfig('', 'x.yaml', KNOWN);
    expect(c.failOn).toBe('high');
    expect(c.phiTags).toContainEqual({ key: 'phi', values: ['true', 'yes', '1'] });
    expect(c.phiTags.some((t) => t.key === 'data-classification')).toBe(true);
  });

  it('reads PHI tags, threshold, rule settings and suppressions', () => {
    const c = parseConfig(
      [
        'phi:',
        '  tags: [{ key: Sensitivity, values: [restricted] }]',
        '  accounts: ["111122223333"]',
        'failOn: medium',
        'rules:',
        '  aws-s3-bucket-versioning-enabled: false',
        '  aws-logs-log-group-retention: { options: { minRetentionDays: 3000 } }',
        'suppressions:',
        '  - rule: aws-s3-bucket-versioning-enabled',
        '    resource: "arn:aws:s3:::scratch-*"',
        '    reason: Scratch buckets hold no PHI and are emptied nightly',
        '    expires: 2027-01-31',
      ].join('\n'),
      'x.yaml',
      KNOWN,
    );
    expect(c.phiTags).toEqual([{ key: 'Sensitivity', values: ['restricted'] }]);
    expect(c.phiAccounts).toEqual(['111122223333']);
    expect(c.failOn).toBe('medium');
    expect(c.rules['aws-s3-bucket-versioning-enabled']).toBe(false);
    expect(c.suppressions[0]!.expires).toBe('2027-01-31');
  });

  it('rejects a suppression without a reason, naming the line and key', () => {
    const msg = errorOf('suppressions:\n  - rule: aws-s3-bucket-versioning-enabled\n    resource: "*"\n');
    expect(msg).toMatch(/^phiguard\.config\.yaml:2: suppressions\[0\]\.reason: a suppression needs a reason/);
  });

  it('rejects a reason too short to mean anything', () => {
    expect(errorOf('suppressions:\n  - { rule: aws-s3-bucket-versioning-enabled, resource: "*", reason: ok }\n')).toMatch(
      /suppressions\[0\]\.reason: a suppression needs a reason of at least 10 characters/,
    );
  });

  it('names an unknown key and its line', () => {
    expect(errorOf('failOn: high\nfailon: low\n')).toBe('phiguard.config.yaml:2: failon: unknown key "failon"');
  });

  it('names a bad threshold', () => {
    expect(errorOf('failOn: severe\n')).toMatch(/^phiguard\.config\.yaml:1: failOn: /);
  });

  it('rejects a rule id that does not exist', () => {
    expect(errorOf('rules:\n  aws-s3-no-such-rule: false\n')).toBe(
      'phiguard.config.yaml:2: rules.aws-s3-no-such-rule: no rule has this id (see phiguard rules)',
    );
  });

  it('rejects a malformed expiry date', () => {
    expect(
      errorOf('suppressions:\n  - { rule: aws-s3-bucket-versioning-enabled, resource: "*", reason: a long enough reason, expires: next year }\n'),
    ).toMatch(/suppressions\[0\]\.expires: expires must be a date YYYY-MM-DD/);
  });

  it('reports YAML syntax errors with the line', () => {
    expect(errorOf('phi:\n  tags: [\n')).toMatch(/^phiguard\.config\.yaml:\d+: invalid YAML/);
  });

  it('refuses an alias bomb', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 1; i < 12; i++) bomb.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [*${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}, *${String.fromCharCode(96 + i)}]`);
    expect(() => parseConfig(bomb.join('\n'), 'bomb.yaml', KNOWN)).toThrow(InputError);
  });

  it('a missing explicit file is an error naming it; a missing default is not', () => {
    expect(() => loadConfig('/nonexistent/phiguard.yaml')).toThrow(/\/nonexistent\/phiguard\.yaml: cannot read config file/);
    const dir = mkdtempSync(join(tmpdir(), 'pg-'));
    const cwd = process.cwd();
    try {
      process.chdir(dir);
      expect(loadConfig(undefined).failOn).toBe('high');
      writeFileSync(join(dir, 'phiguard.config.yaml'), 'failOn: low\n');
      expect(loadConfig(undefined).failOn).toBe('low');
    } finally {
      process.chdir(cwd);
    }
  });
});
