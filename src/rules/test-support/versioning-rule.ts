import { isUnknown } from '../../model/unknown.js';
import { defineRule } from '../define.js';
import { ev, fail, pass, unknownResult } from '../result.js';
import type { Rule, RuleMeta } from '../types.js';

/**
 * A small rule for tests of the engine and the reporters: a bucket passes with versioning
 * Enabled, fails otherwise, and is not assessed when versioning is unknown.
 */
export function versioningRule(meta: Partial<RuleMeta<'AWS::S3::Bucket'>> = {}): Rule<'AWS::S3::Bucket'> {
  return defineRule({
    meta: {
      id: 'test-versioning',
      title: 'Bucket keeps versions',
      severity: 'high',
      hipaa: ['164.312(c)(1)'],
      resourceTypes: ['AWS::S3::Bucket'],
      sources: ['live', 'cloudformation'],
      rationale: 'Versions let you recover records.',
      remediation: { text: 'Enable versioning.' },
      ...meta,
    },
    evaluate(b) {
      const v = b.props.versioning;
      if (isUnknown(v)) return unknownResult('versioning', v);
      return v === 'Enabled' ? pass('on', ev('versioning', v)) : fail(`versioning is ${v}`, ev('versioning', v));
    },
  });
}
