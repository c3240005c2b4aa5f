import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { IAC_LIMITS } from '../limits.js';
import { firstJsonFault } from './json-layout.js';
import { parseTemplate } from './parse.js';

const fixture = (name: string) => readFileSync(new URL(`./__fixtures__/${name}`, import.meta.url), 'utf8');

function problemOf(file: string, text: string) {
  const parsed = parseTemplate(file, text);
  if (parsed.ok) throw new Error('expected a problem');
  return parsed.problem;
}

function positionsOf(file: string, text: string) {
  const parsed = parseTemplate(file, text);
  if (!parsed.ok) throw new Error(parsed.problem.message);
  return Object.fromEntries(parsed.positions);
}

describe('syntax errors', () => {
  it('names the file and line of a YAML error', () => {
    const p = problemOf('stacks/bad.yaml', fixture('syntax-error.yaml'));
    expect(p).toMatchObject({ source: 'stacks/bad.yaml', line: 7 });
    expect(p.message).toMatch(/^invalid YAML: bad indentation/);
  });

  it('names the file and line of a JSON error', () => {
    const p = problemOf('stacks/bad.json', fixture('syntax-error.json'));
    expect(p).toMatchObject({ source: 'stacks/bad.json', line: 8 });
    expect(p.message).toMatch(/^invalid JSON: Expected ',' or '}' after property value$/);
  });

  it('finds the line when the engine gives no position (a misspelled literal)', () => {
    const p = problemOf('t.json', '{\n  "Resources": {\n    "B": { "Type": tru }\n  }\n}\n');
    expect(p).toMatchObject({ line: 3, column: 20 });
  });

  it('points at the end of a truncated JSON file', () => {
    expect(problemOf('t.json', '{\n  "Resources": {\n')).toMatchObject({ line: 2 });
  });

  it('reads a `{`-led file that is YAML rather than JSON, unless it is named .json', () => {
    expect(parseTemplate('t.json', '{Resources: {}}').ok).toBe(false);
    const parsed = parseTemplate('t.yaml', '{Resources: {B: {Type: AWS::S3::Bucket, Properties: {BucketName: !Ref N}}}}');
    expect(parsed.ok && parsed.template).toEqual({
      Resources: { B: { Type: 'AWS::S3::Bucket', Properties: { BucketName: { Ref: 'N' } } } },
    });
  });

  it('rejects a duplicated key, as CloudFormation does', () => {
    expect(problemOf('t.yaml', 'Resources:\n  A: {Type: X}\n  A: {Type: Y}\n')).toMatchObject({ line: 3 });
  });

  it.each([
    ['an empty file', '', /no YAML document/],
    ['several documents', 'Resources: {}\n---\nResources: {}\n', /several YAML documents/],
    ['a list at the top', '- Resources\n', /top level is not a mapping/],
    ['a JSON scalar', '"Resources"', /top level is not a mapping/],
  ])('reports %s', (_, text, message) => {
    expect(problemOf('t.yaml', text).message).toMatch(message);
  });
});

describe('hostile input', () => {
  it('rejects an alias bomb quickly, without expanding it', () => {
    const started = performance.now();
    const p = problemOf('bomb.yaml', fixture('alias-bomb.yaml'));
    expect(p.message).toMatch(/aliases expand to more than 2000000 nodes/);
    // A billion nodes would take minutes; the walk stops after the limit.
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('accepts aliases that stay within the limit', () => {
    const parsed = parseTemplate('t.yaml', 'Metadata:\n  a: &tags [{Key: k, Value: v}]\nResources:\n  B:\n    Type: AWS::S3::Bucket\n    Properties: {Tags: *tags}\n');
    expect(parsed.ok).toBe(true);
  });

  it('rejects a recursive alias as too deep', () => {
    expect(problemOf('t.yaml', 'Resources:\n  a: &a [*a]\n').message).toMatch(/nest deeper than 512 levels/);
  });

  const nestedYaml = (levels: number) => `Resources:\n  B:\n    Type: AWS::S3::Bucket\n    Metadata: ${'['.repeat(levels)}${']'.repeat(levels)}\n`;
  const nestedJson = (levels: number) =>
    `{"Resources": {"B": {"Type": "AWS::S3::Bucket",\n "Metadata": ${'['.repeat(levels)}${']'.repeat(levels)}}}}`;

  it('reads 200 levels of nesting', () => {
    expect(parseTemplate('t.yaml', nestedYaml(200)).ok).toBe(true);
    expect(parseTemplate('t.json', nestedJson(200)).ok).toBe(true);
  });

  it('reports nesting past the limit as a problem, not a stack overflow', () => {
    const levels = IAC_LIMITS.maxDepth + 100;
    expect(problemOf('t.yaml', nestedYaml(levels))).toMatchObject({ line: 4, message: 'nesting deeper than 512 levels' });
    expect(problemOf('t.json', nestedJson(levels))).toMatchObject({ line: 2, message: 'nesting deeper than 512 levels' });
    expect(problemOf('t.json', nestedJson(100_000)).message).toBe('nesting deeper than 512 levels');
  });
});

describe('resource positions', () => {
  it('finds each logical id in YAML, quoted or not', () => {
    const pos = positionsOf('phi-stack.yaml', fixture('phi-stack.yaml'));
    expect(pos.PhiKey).toEqual({ line: 23, column: 3 });
    expect(pos.PhiBucket).toEqual({ line: 46, column: 3 });
    expect(pos.AuditTrail).toEqual({ line: 100, column: 3 });
  });

  it('finds each logical id in JSON', () => {
    const pos = positionsOf('phi-stack.json', fixture('phi-stack.json'));
    expect(pos.PhiKey).toEqual({ line: 54, column: 5 });
    expect(pos.PhiBucket).toEqual({ line: 94, column: 5 });
    expect(pos.AppLogs).toEqual({ line: 215, column: 5 });
    expect(pos.AuditTrail).toEqual({ line: 238, column: 5 });
  });

  it('reads positions only from the top-level Resources mapping', () => {
    const yaml = 'Metadata:\n  Resources:\n    Fake: 1\nResources:\n  # a comment\n  Real: {Type: X}\n  Flow: {Type: Y, Properties: {Real2: 1}}\n';
    expect(positionsOf('t.yaml', yaml)).toEqual({ Real: { line: 6, column: 3 }, Flow: { line: 7, column: 3 } });
    const json = '{"Metadata": {"Resources": {"Fake": 1}},\n "Resources": {\n  "Real": {"Type": "X", "Properties": {"Nested": {"Resources": 1}}},\n  "Esc\\u0061ped": {}}}';
    expect(positionsOf('t.json', json)).toEqual({ Real: { line: 3, column: 3 }, Escaped: { line: 4, column: 3 } });
  });

  it('counts lines after a byte-order mark and CRLF line ends', () => {
    const yaml = '\uFEFFResources:\r\n  A: {Type: X}\r\n  B: {Type: Y}\r\n';
    expect(positionsOf('t.yaml', yaml)).toEqual({ A: { line: 2, column: 3 }, B: { line: 3, column: 3 } });
    const json = '\uFEFF{\r\n"Resources": {\r\n  "A": {"Type": "X"}}}';
    expect(positionsOf('t.json', json)).toEqual({ A: { line: 3, column: 3 } });
  });
});

describe('firstJsonFault', () => {
  it.each([
    ['{"a": tru}', 6],
    ['{"a": 1,}', 8],
    ['{"a" 1}', 5],
    ['[1, 2]]', 6],
    ['{"a": "x\u0001"}', 8],
    ['{"a": "\\q"}', 7],
    ['{"a": -}', 6],
    ['{"a": [1, 2}', 11],
    ['{"a": {}', 8],
  ])('%s fails at %i', (text, offset) => expect(firstJsonFault(text)).toBe(offset));
});
