import { readFileSync } from 'node:fs';
import { basename, dirname, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../docs/catalog.js';
import { renderHipaaDoc, renderMappingDoc, renderRulesDoc } from '../docs/generate.js';
import { HIPAA_NODES } from '../frameworks/hipaa/tree.js';
import { SOURCE_TYPES } from '../collect/sources.js';
import { loadRules, ruleFiles } from './registry.js';
import { SEVERITIES } from './types.js';

// The whole rule set, held to one shape: the checks a reviewer would otherwise do by eye.
const rules = await loadRules();
const files = ruleFiles();

describe('the rule set', () => {
  it('has rules', () => {
    expect(rules.length).toBeGreaterThan(10);
  });

  it.each(files.map((f) => [relative(process.cwd(), f), f]))('%s: id equals the file name and sits under provider/service', (_, file) => {
    const id = basename(file).replace(/\.(ts|js)$/, '');
    const rule = rules.find((r) => r.meta.id === id);
    expect(rule, `${file} must export a rule whose id is "${id}"`).toBeDefined();
    expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)+$/);
    const provider = basename(dirname(dirname(file)));
    expect(id.startsWith(`${provider}-`), `${id} starts with ${provider}-`).toBe(true);
  });

  it('ids are unique', () => {
    const ids = rules.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it.each(files.map((f) => [basename(f), f]))('%s has a table test with pass, fail and not_assessed cases', (_, file) => {
    const test = readFileSync(file.replace(/\.(ts|js)$/, '.test.ts').replace('/dist/', '/src/'), 'utf8');
    expect(test).toMatch(/ruleTester\(/);
    for (const k of ['pass:', 'fail:', 'not_assessed:']) expect(test).toContain(k);
  });

  it.each(rules.map((r) => [r.meta.id, r]))('%s: meta is complete and cites the HIPAA tree', (_, rule) => {
    const m = rule.meta;
    const nodes = new Set<string>(HIPAA_NODES.map((n) => n.id));
    expect(m.hipaa.length).toBeGreaterThan(0);
    for (const c of m.hipaa) expect(nodes.has(c), c).toBe(true);
    expect(SEVERITIES).toContain(m.severity);
    expect(m.title).not.toMatch(/^ensure/i);
    expect(m.rationale.length).toBeGreaterThan(40);
    expect(m.remediation.text.length).toBeGreaterThan(10);
    expect(m.resourceTypes.length).toBeGreaterThan(0);
    expect(m.sources.length).toBeGreaterThan(0);
    if (m.id.startsWith('aws-')) {
      if (m.sources.includes('live')) expect(m.remediation.cli, 'AWS CLI fix').toBeTruthy();
      if (m.sources.includes('terraform')) expect(m.remediation.terraform, 'Terraform fix').toBeTruthy();
      if (m.sources.includes('cloudformation')) expect(m.remediation.cloudformation, 'CloudFormation fix').toBeTruthy();
    }
    if (m.id.startsWith('azure-')) {
      if (m.sources.includes('live')) expect(m.remediation.cli, 'Azure CLI fix').toBeTruthy();
      if (m.sources.includes('terraform')) expect(m.remediation.terraform, 'Terraform fix').toBeTruthy();
      if (m.sources.includes('arm')) expect(m.remediation.bicep, 'Bicep fix').toBeTruthy();
    }
    if (rule.options) expect(() => rule.options!.parse({}), 'options have defaults').not.toThrow();
  });

  it.each(rules.map((r) => [r.meta.id, r]))('%s: every source it claims has a collector for its resource types', (_, rule) => {
    for (const source of rule.meta.sources) {
      for (const type of rule.meta.resourceTypes) {
        expect(SOURCE_TYPES[source], `${source} produces ${type}`).toContain(type);
      }
    }
  });

  it.each(rules.map((r) => [r.meta.id, r]))('%s: covers only catalog checks that exist', (_, rule) => {
    const catalog = loadCatalog();
    const known = new Set([...catalog.aws, ...catalog.azure, ...catalog.gaps].map((c) => c.id));
    for (const id of rule.meta.covers ?? []) expect(known.has(id), `${id} is a catalog or seed-gap id`).toBe(true);
  });

  it('no catalog check is both covered by a rule and listed as not automatable', () => {
    const covered = new Set(rules.flatMap((r) => r.meta.covers ?? []));
    expect(loadCatalog().notAutomated.filter((n) => covered.has(n.id))).toEqual([]);
  });

  it('docs/rules.md, docs/hipaa.md and docs/mapping.md are current (npm run docs)', () => {
    expect(readFileSync('docs/rules.md', 'utf8')).toBe(renderRulesDoc(rules));
    expect(readFileSync('docs/hipaa.md', 'utf8')).toBe(renderHipaaDoc(rules));
    expect(readFileSync('docs/mapping.md', 'utf8')).toBe(renderMappingDoc(rules));
  });
});
